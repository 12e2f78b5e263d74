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
  orders: "orders",
  orderLines: "orders",
  orderStatusChanges: "orders",
  pickupCounters: "orders",
  coupons: "coupons",
  couponRedemptions: "coupons",
  payments: "payments",
  paymentEvents: "payments",
  sandboxCheckouts: "payments",
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
};
