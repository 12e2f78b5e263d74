import { paymentContract } from "@tabletap/shared";
import { documented, error, paths, requires, staffOnly } from "../../../http/openapi-parts.js";

const tableCode = { tags: ["diner"] };
const noTable = error("Unknown or inactive table code, or a counter code (`table_not_found`)");

export const tabBillPaths = paths(
  documented(paymentContract.getTabBill, {
    ...tableCode,
    summary:
      "The table's bill: rounds still to pay with each unit's price after coupons, and the parts paying it",
    description:
      "Diners at the table (the QR token is the credential). `due = paid + held + left`. Live: sockets of the " +
      "table hear `tab:bill-updated`.",
    success: "The bill (`open: false` when the table has no open sitting)",
    responses: { "404": noTable },
  }),
  documented(paymentContract.openTabPart, {
    ...tableCode,
    summary: "Pay part of the bill: what is left, my items, an equal share, or an amount; with its own tip",
    description:
      "Holds the part's amount (and units) until its checkout expires (`PAYMENT_TIMEOUT`); the provider " +
      "charges amount + tip. Parts opened at once from several phones never cover a unit twice nor more than " +
      "is left: the loser is refused with 409.",
    success: "The part, the token to cancel it, and the provider's checkout",
    responses: {
      "400": error("A malformed part: unknown kind, a negative or fractional amount or tip, no nickname"),
      "404": noTable,
      "409": error(
        "No open tab (`tab_not_open`), staff closed it (`tab_closed`), more than is left " +
          "(`tab_amount_exceeds_left`, `details.left`), units someone else pays (`tab_units_taken`), every " +
          "share taken (`tab_shares_taken`), or nothing left (`payment_not_needed`)",
      ),
      "422": error("A line not on the bill (`unknown_line`), or a tip above the part (`tip_too_large`)"),
      "503": error("The shop's provider is not configured here (`payment_provider_unavailable`)"),
    },
  }),
  documented(paymentContract.cancelTabPart, {
    ...tableCode,
    summary: "Back out of an open part: what it held is free again",
    success: "The part, cancelled",
    responses: {
      "400": error("No part token"),
      "404": error("No such part at this table, or a wrong part token"),
      "409": error("The part is not open any more (`tab_part_not_cancellable`)"),
    },
  }),
  documented(paymentContract.getTableBill, {
    ...staffOnly,
    summary: "A table's bill as its diners see it",
    success: "The bill",
    responses: { "404": error("No such table in this shop") },
  }),
  documented(paymentContract.listTabBills, {
    ...staffOnly,
    summary: "The bill of every table with an open sitting: open, partly paid (what is left), paid or closed",
    description: "For the board and the floor plan; `tab:updated` carries each change after this.",
    success: "One summary per table with an open sitting",
  }),
  documented(paymentContract.takeCounterTabPart, {
    ...requires("tables.seat"),
    summary: "Money taken at the counter (cash or card) for part of a table's bill; paid at once",
    success: "The part, paid",
    responses: {
      "400": error("A malformed part or tender"),
      "404": error("No such table in this shop"),
      "409": error("As for a diner's part: no open tab, closed, more than is left, units or shares taken"),
      "422": error("A line not on the bill, or a tip above the part"),
    },
  }),
  documented(paymentContract.closeTabByHand, {
    ...requires("tables.manage"),
    summary: "Close a table's tab by hand, with a reason: open parts are let go and no new part may open",
    success: "The bill, closed",
    responses: {
      "400": error("No reason"),
      "404": error("No such table in this shop"),
      "409": error("No open tab (`tab_not_open`), or closed already (`tab_closed`)"),
    },
  }),
);
