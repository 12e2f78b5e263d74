import { kitchenContract as contract } from "@tabletap/shared";
import { documented, error, paths, requires } from "../../http/openapi-parts.js";

const noPrinter = error("No such printer in this shop");
const badPrinter = error("A bad host, port or encoding, unknown fields, or a station not in this shop");

export const printingPaths = paths(
  documented(contract.listPrinters, {
    ...requires("board.use"),
    summary: "The shop's receipt printers with their last seen state (the board's printer banner)",
    success: "Printers; `printer:updated` follows each change of state",
  }),
  documented(contract.createPrinter, {
    ...requires("menu.edit"),
    summary: "Add a network receipt printer (ESC/POS over TCP, usually port 9100) to a station",
    success: "The printer; every order reaching the kitchen prints one ticket on it per station",
    responses: { "400": badPrinter, "422": badPrinter },
  }),
  documented(contract.updatePrinter, {
    ...requires("menu.edit"),
    summary: "Change a printer's address, encoding or station, or switch it off",
    success: "The printer",
    responses: { "400": badPrinter, "404": noPrinter, "422": badPrinter },
  }),
  documented(contract.listPrintTickets, {
    ...requires("board.use"),
    summary: "Kitchen tickets not printed yet, and failed ones not reprinted, newest first",
    success: "Open tickets; `print-ticket:updated` follows each one that prints or fails",
  }),
  documented(contract.reprintTicket, {
    ...requires("board.use"),
    summary: "Print a ticket again, marked REPRINT (it failed, or the paper got lost)",
    success: "The new ticket, queued",
    responses: { "404": error("No such ticket in this shop") },
  }),
);
