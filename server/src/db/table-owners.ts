import type { Database } from "./schema.js";

/**
 * Which feature owns each table. Only the owner's repositories write it; other features ask the owner's
 * public face. `npm run lint:tables` checks every query in server/src against this map.
 */
export const tableOwners: Record<keyof Database, string> = {
  shops: "shops",
  staff: "staff",
  staffInvitations: "staff",
  tables: "tables",
  retiredTableTokens: "tables",
  tableSittings: "tables",
  tableCarts: "table-cart",
  tableCartLines: "table-cart",
  categories: "menu",
  items: "menu",
  optionGroups: "menu",
  options: "menu",
  menuPhotos: "menu",
  menuTranslations: "menu",
  orders: "orders",
  orderLines: "orders",
  orderStatusChanges: "orders",
  pickupCounters: "orders",
  coupons: "coupons",
  couponRedemptions: "coupons",
  payments: "payments",
  paymentEvents: "payments",
  sandboxCheckouts: "payments",
  tabLedgers: "payments",
  tabParts: "payments",
  tabPartUnits: "payments",
  notifications: "notifications",
  pushSubscriptions: "notifications",
  appSettings: "notifications",
  dishRatings: "ratings",
  serviceRequestSettings: "service-requests",
  serviceRequests: "service-requests",
  receipts: "receipts",
  receiptEmails: "receipts",
  dailySummaries: "reports",
  reportDayRollups: "reports",
  stations: "stations",
  stationItems: "stations",
  orderStationBumps: "orders",
  printers: "printing",
  printTickets: "printing",
  outbox: "queue",
};

/**
 * Reads across an ownership line, each with its reason. A read model may join the tables it reports on in
 * one statement (one round trip, one consistent snapshot) instead of asking each owner in turn; it never
 * writes them.
 */
export const crossReads: Record<string, { tables: (keyof Database)[]; why: string }> = {
  reports: {
    tables: [
      "shops",
      "tables",
      "categories",
      "items",
      "orders",
      "orderLines",
      "orderStatusChanges",
      "payments",
      "staff",
      "dishRatings",
    ],
    why: "sales reports are a read model of the day's orders, payments and menu",
  },
  receipts: {
    tables: ["orders", "orderLines", "payments", "shops"],
    why: "a receipt is a read model of one order as paid: its lines, payments and shop in one snapshot",
  },
  ratings: {
    tables: ["orders", "orderLines", "items"],
    why:
      "a rating is checked against its completed order's lines as it is stored, and the console's view " +
      "names each rated dish in its grouping; the menu shows ratings' averages, so ratings cannot ask " +
      "orders or menu back without closing a ring",
  },
  auth: {
    tables: ["orders"],
    why: "a diner's order token is the credential checked before any feature runs, and auth sits below orders",
  },
  "table-cart": {
    tables: ["orders", "orderLines", "items"],
    why:
      "the cart every phone reloads after each change joins its dish names and last pickup number (no query " +
      "per line); an expired order's lines go back into it within that order's transaction",
  },
  "table-tab": {
    tables: ["orders", "orderLines"],
    why: "the tab is a read model of the open sitting's rounds and their lines",
  },
  orders: {
    tables: ["tables", "shops", "tableSittings"],
    why:
      "every order is read with its table's label and kind (board load, each order event), and placing one " +
      "reads its table, shop and open sitting in one statement on the busiest endpoint",
  },
  stations: {
    tables: ["items"],
    why: "routing dishes checks in one statement that every dish listed is on the shop's menu",
  },
  printing: {
    tables: ["orders", "orderLines", "tables", "shops", "stations"],
    why:
      "a kitchen ticket is a read model of one order's lines at one station, rendered from one snapshot " +
      "with its table's label and the station's name",
  },
  payments: {
    tables: ["orders", "orderLines"],
    why:
      "confirming a payment reads the notification, its payment and what the order owes in one statement; " +
      "a tab's bill is read with its unpaid rounds' lines under the tab's lock, so parts are priced from one snapshot",
  },
};
