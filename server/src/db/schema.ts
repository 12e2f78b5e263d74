import type { Generated } from "kysely";

/**
 * Table types as Kysely sees them through CamelCasePlugin (columns are snake_case in SQL).
 * Times are epoch milliseconds; flags are 0/1 integers so both dialects store them the same way.
 */
export interface Database {
  shops: ShopsTable;
  staff: StaffTable;
  staffInvitations: StaffInvitationsTable;
  tables: TablesTable;
  retiredTableTokens: RetiredTableTokensTable;
  tableSittings: TableSittingsTable;
  tableCarts: TableCartsTable;
  tableCartLines: TableCartLinesTable;
  categories: CategoriesTable;
  items: ItemsTable;
  optionGroups: OptionGroupsTable;
  options: OptionsTable;
  menuPhotos: MenuPhotosTable;
  menuTranslations: MenuTranslationsTable;
  orders: OrdersTable;
  coupons: CouponsTable;
  couponRedemptions: CouponRedemptionsTable;
  orderLines: OrderLinesTable;
  orderStatusChanges: OrderStatusChangesTable;
  pickupCounters: PickupCountersTable;
  outbox: OutboxTable;
  notifications: NotificationsTable;
  payments: PaymentsTable;
  paymentEvents: PaymentEventsTable;
  sandboxCheckouts: SandboxCheckoutsTable;
  appSettings: AppSettingsTable;
  pushSubscriptions: PushSubscriptionsTable;
  dishRatings: DishRatingsTable;
  serviceRequestSettings: ServiceRequestSettingsTable;
  serviceRequests: ServiceRequestsTable;
  receipts: ReceiptsTable;
  receiptEmails: ReceiptEmailsTable;
  dailySummaries: DailySummariesTable;
  reportDayRollups: ReportDayRollupsTable;
  tabLedgers: TabLedgersTable;
  tabParts: TabPartsTable;
  tabPartUnits: TabPartUnitsTable;
  stations: StationsTable;
  stationItems: StationItemsTable;
  orderStationBumps: OrderStationBumpsTable;
  printers: PrintersTable;
  printTickets: PrintTicketsTable;
}

/** A kitchen station (0023_kitchen_stations); `isDefault` 1 on the one taking unrouted dishes. */
export interface StationsTable {
  id: string;
  shopId: string;
  name: string;
  isDefault: number;
  position: number;
  createdAt: number;
  removedAt: number | null;
}

export interface StationItemsTable {
  itemId: string;
  shopId: string;
  stationId: string;
}

export interface OrderStationBumpsTable {
  orderId: string;
  stationId: string;
  shopId: string;
  staffId: string | null;
  bumpedAt: number;
}

export interface PrintersTable {
  id: string;
  shopId: string;
  stationId: string;
  name: string;
  host: string;
  port: number;
  encoding: string;
  enabled: number;
  state: Generated<string>;
  lastError: string | null;
  stateAt: number | null;
  createdAt: number;
}

export interface PrintTicketsTable {
  id: string;
  shopId: string;
  orderId: string;
  stationId: string;
  printerId: string;
  reprintOf: string | null;
  reprint: number;
  state: string;
  attempts: number;
  lastError: string | null;
  createdAt: number;
  printedAt: number | null;
}

export interface ShopsTable {
  id: string;
  slug: string;
  name: string;
  currency: string;
  locale: string;
  timezone: string;
  paymentMode: string;
  /** Provider of online payments: sandbox, stripe or alipay. */
  paymentProvider: string;
  /** Last value of the per-shop change sequence handed to an order. */
  lastSeq: number;
  /** 1: counter-paid orders from a table without an open sitting wait for staff approval. */
  sittingsEnabled: Generated<number>;
  /** Bumped by every menu change, in its transaction (see 0007_menu_management). */
  menuVersion: Generated<number>;
  /** Minutes an order may wait unaccepted before the board escalates it. */
  escalateAfterMinutes: Generated<number>;
  /** Shop-local "HH:MM" the end-of-day job stores the day's summary (0014_daily_summaries). */
  closingTime: Generated<string>;
  createdAt: number;
}

export interface StaffTable {
  id: string;
  shopId: string;
  email: string;
  passwordHash: string;
  role: string;
  createdAt: number;
  passwordChangedAt: Generated<number>;
  removedAt: number | null;
}

export interface StaffInvitationsTable {
  id: string;
  shopId: string;
  email: string;
  role: string;
  tokenHash: string;
  invitedBy: string;
  createdAt: number;
  expiresAt: number;
  acceptedAt: number | null;
  revokedAt: number | null;
}

export interface TablesTable {
  id: string;
  shopId: string;
  label: string;
  kind: string;
  token: string;
  active: number;
  position: number;
  createdAt: number;
}

/** A table's earlier QR token, kept so an old printed code is answered "replaced", not "unknown". */
export interface RetiredTableTokensTable {
  token: string;
  tableId: string;
  shopId: string;
  retiredAt: number;
}

/** Guests seated at a table, from staff opening it to closing it; at most one open (closedAt null) per table. */
export interface TableSittingsTable {
  id: string;
  shopId: string;
  tableId: string;
  openedAt: number;
  openedBy: string | null;
  closedAt: number | null;
  closedBy: string | null;
}

/** A table's shared cart (see 0012_table_carts): one row per table; `version` grows with every change. */
export interface TableCartsTable {
  tableId: string;
  shopId: string;
  version: number;
  lastOrderId: string | null;
  lastSubmittedBy: string | null;
  lastSubmittedAt: number | null;
  updatedAt: number;
}

export interface TableCartLinesTable {
  /** Made by the phone that added it. */
  id: string;
  tableId: string;
  shopId: string;
  itemId: string;
  quantity: number;
  optionIdsJson: string;
  note: string;
  /** The adding phone's nickname. */
  addedBy: string;
  /** The cart version that added it, for a stable order. */
  position: number;
}

export interface CategoriesTable {
  id: string;
  shopId: string;
  name: string;
  position: number;
  hidden: Generated<number>;
  /** Set when a manager deletes it; kept because retired items still point at it. */
  deletedAt: number | null;
  /** JSON `HoursWindow[]` on the shop's clock; `[]`: any time. */
  hoursJson: Generated<string>;
}

export interface ItemsTable {
  id: string;
  shopId: string;
  categoryId: string;
  name: string;
  description: string;
  price: number;
  position: number;
  soldOut: number;
  hidden: number;
  /** Set when a manager deletes it; kept because order lines point at it. */
  deletedAt: number | null;
  /** A `menuPhotos` id (content hash), or null. */
  photoId: string | null;
  /** Comma-separated `Allergen` codes. */
  allergens: Generated<string>;
  /** Comma-separated `DietTag` codes. */
  diet: Generated<string>;
  spicy: Generated<number>;
  /** JSON `HoursWindow[]` on the shop's clock; `[]`: any time. */
  hoursJson: Generated<string>;
}

/** Menu texts in languages other than the shop's own; `entityId` is a shop, category, item, group or option. */
export interface MenuTranslationsTable {
  shopId: string;
  entityId: string;
  language: string;
  name: string;
  description: Generated<string>;
}

/** Item photos, stored once per distinct image; the id is the SHA-256 of `bytes`. */
export interface MenuPhotosTable {
  id: string;
  contentType: string;
  width: number;
  height: number;
  bytes: Buffer;
  createdAt: number;
}

export interface OptionGroupsTable {
  id: string;
  shopId: string;
  itemId: string;
  name: string;
  minChoices: number;
  maxChoices: number;
  position: number;
}

export interface OptionsTable {
  id: string;
  shopId: string;
  groupId: string;
  name: string;
  priceDelta: number;
  position: number;
}

export interface OrdersTable {
  id: string;
  shopId: string;
  tableId: string;
  seq: number;
  pickupNumber: number;
  businessDay: string;
  status: string;
  paymentStatus: string;
  note: string;
  subtotal: number;
  /** What a coupon took off: total = subtotal − discount. */
  discount: Generated<number>;
  total: number;
  /** The diner's tip, paid on top of total and never counted as sales. */
  tip: Generated<number>;
  currency: string;
  paymentMethod: string;
  /** 1 while a counter-paid order from an unopened table waits for staff approval. */
  needsApproval: Generated<number>;
  idempotencyKey: string;
  requestHash: string;
  orderToken: string;
  /** The coupon applied, as typed (0013_coupons); null without one. */
  couponCode: Generated<string | null>;
  /** The table's sitting (tab) this order is a round of; null for takeaway or an unopened table. */
  sittingId: string | null;
  /** Nickname of the diner who submitted the table's shared cart as this order. */
  submittedBy: string | null;
  createdAt: number;
  updatedAt: number;
  /** When it became the kitchen's (0016): created as placed, or paid; null before that. */
  placedAt: Generated<number | null>;
}

export interface OrderLinesTable {
  id: string;
  orderId: string;
  shopId: string;
  itemId: string;
  position: number;
  name: string;
  unitPrice: number;
  quantity: number;
  lineTotal: number;
  note: string;
  /** JSON snapshot of the chosen options: [{id, name, priceDelta}]. */
  optionsJson: string;
  /** The station the dish was routed to when ordered (0023_kitchen_stations); null without stations. */
  stationId: Generated<string | null>;
}

export interface OrderStatusChangesTable {
  id: string;
  orderId: string;
  shopId: string;
  fromStatus: string | null;
  toStatus: string;
  staffId: string | null;
  at: number;
  /** Why staff cancelled the order, when they said. */
  reason: string | null;
}

export interface PickupCountersTable {
  shopId: string;
  businessDay: string;
  lastNumber: number;
}

export interface OutboxTable {
  id: string;
  queue: string;
  name: string;
  payload: string;
  /** BullMQ delay for jobs that must wait, e.g. payment expiry. */
  delayMs: number;
  createdAt: number;
  /** Last time the row was handed to BullMQ. */
  dispatchedAt: number | null;
  /** When its job finished; until then the sweep may hand it over again. */
  completedAt: number | null;
}

export interface NotificationsTable {
  id: string;
  orderId: string;
  kind: string;
  channel: string;
  status: string;
  createdAt: number;
}

export interface PaymentsTable {
  id: string;
  shopId: string;
  orderId: string;
  provider: string;
  providerRef: string | null;
  amount: number;
  currency: string;
  status: string;
  tender: string | null;
  checkoutUrl: string | null;
  createdAt: number;
  updatedAt: number;
  paidAt: number | null;
}

export interface PaymentEventsTable {
  id: string;
  provider: string;
  eventId: string;
  providerRef: string;
  type: string;
  amount: number;
  currency: string;
  /** What confirming it did: paid, duplicate, amount_mismatch, refunded_late, … */
  outcome: string | null;
  receivedAt: number;
}

export interface SandboxCheckoutsTable {
  id: string;
  reference: string;
  merchantName: string;
  amount: number;
  currency: string;
  /** The shop's locale, so the checkout page shows money the way the shop does. */
  locale: string;
  returnUrl: string;
  status: string;
  refunded: number;
  createdAt: number;
}

export interface AppSettingsTable {
  key: string;
  value: string;
}

export interface PushSubscriptionsTable {
  id: string;
  orderId: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  createdAt: number;
  /** The diner page's language at sign-up (0017), for the push's words. */
  language: Generated<string>;
}

/** A shop day's sales as they stood at closing time, written once (unique shop + day) and never changed. */
export interface DailySummariesTable {
  id: string;
  shopId: string;
  businessDay: string;
  currency: string;
  gross: number;
  discounts: number;
  refunds: number;
  net: number;
  tips: number;
  orders: number;
  averageTicket: number;
  cancellations: number;
  closedAt: number;
}

/** A shop's promotion code (0013_coupons); times are UTC instants, entered in the shop's timezone. */
export interface CouponsTable {
  id: string;
  shopId: string;
  /** Upper-case; unique per shop. */
  code: string;
  kind: string;
  /** Percent (1–100) or minor units off. */
  value: number;
  minSpend: number;
  startsAt: number | null;
  endsAt: number | null;
  usageLimit: number | null;
  perDeviceLimit: number | null;
  /** Orders holding a use; raised only by a conditional update below usageLimit. */
  usedCount: Generated<number>;
  paused: Generated<number>;
  createdAt: number;
  updatedAt: number;
}

/** One order's use of a coupon; deleted when the order is cancelled or expires. */
export interface CouponRedemptionsTable {
  id: string;
  couponId: string;
  shopId: string;
  orderId: string;
  deviceId: string;
  /** 1..perDeviceLimit, unique per coupon and device; null when the code has no per-device limit. */
  deviceSlot: number | null;
  createdAt: number;
}

/** A diner's 1–5 for one order line's dish (see 0015_ratings_and_receipts); one per line. */
export interface DishRatingsTable {
  id: string;
  shopId: string;
  orderId: string;
  orderLineId: string;
  itemId: string;
  score: number;
  comment: string;
  createdAt: number;
}

/** An order's receipt share link; the token opens the receipt only. */
export interface ReceiptsTable {
  orderId: string;
  token: string;
  createdAt: number;
}

/** An address waiting for its receipt email; deleted once the email is sent. */
export interface ReceiptEmailsTable {
  id: string;
  orderId: string;
  email: string;
  createdAt: number;
}

/** One shop day's report figures (JSON), valid while `fingerprint` matches the day's orders (0014). */
export interface ReportDayRollupsTable {
  shopId: string;
  businessDay: string;
  fingerprint: string;
  data: string;
}

/** A shop's list of what diners may call staff for; no row means the defaults. */
export interface ServiceRequestSettingsTable {
  shopId: string;
  /** JSON array of `{id, name}`. */
  kindsJson: string;
  escalateAfterMinutes: number;
  updatedAt: number;
}

/** A table's call for staff; open until a member of staff acknowledges it. */
export interface ServiceRequestsTable {
  id: string;
  shopId: string;
  tableId: string;
  tableLabel: string;
  kind: string;
  name: string;
  createdAt: number;
  escalatedAt: number | null;
  acknowledgedAt: number | null;
  acknowledgedBy: string | null;
}

/** A table tab someone started paying in parts (0021_tab_parts); every part change updates this row first. */
export interface TabLedgersTable {
  sittingId: string;
  shopId: string;
  tableId: string;
  /** Bill amount reserved by parts whose checkout is still open. */
  held: Generated<number>;
  /** Bill amount paid by parts (tips apart), less what was given back when the bill shrank. */
  paid: Generated<number>;
  /** Bill amount of earlier settlements, whose rounds are marked paid and left the bill. */
  settled: Generated<number>;
  version: Generated<number>;
  /** When the parts last reached the whole bill. */
  settledAt: number | null;
  /** Staff closed the tab by hand (with a reason): no more parts. */
  closedAt: number | null;
  closedBy: string | null;
  closedReason: string | null;
}

/** One payer's part of a tab's bill: remaining, items, equal share k of N, or a custom amount. */
export interface TabPartsTable {
  id: string;
  shopId: string;
  sittingId: string;
  tableId: string;
  kind: string;
  shareCount: number | null;
  shareIndex: number | null;
  shareBase: number | null;
  shareSlot: string | null;
  amount: number;
  tip: Generated<number>;
  currency: string;
  /** sandbox, stripe, alipay, or counter. */
  provider: string;
  tender: string | null;
  providerRef: string | null;
  checkoutUrl: string | null;
  /** open, paid, expired, cancelled, failed, refund_pending, refunded. */
  status: string;
  payer: string;
  partToken: string;
  unitsJson: string;
  refundDue: Generated<number>;
  refunded: Generated<number>;
  staffId: string | null;
  expiresAt: number | null;
  createdAt: number;
  updatedAt: number;
  paidAt: number | null;
}

/** A unit of an order line covered by a held or paid part. */
export interface TabPartUnitsTable {
  orderLineId: string;
  unit: number;
  partId: string;
  sittingId: string;
}
