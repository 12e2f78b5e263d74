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
  categories: CategoriesTable;
  items: ItemsTable;
  optionGroups: OptionGroupsTable;
  options: OptionsTable;
  orders: OrdersTable;
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

export interface CategoriesTable {
  id: string;
  shopId: string;
  name: string;
  position: number;
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
  total: number;
  currency: string;
  paymentMethod: string;
  idempotencyKey: string;
  requestHash: string;
  orderToken: string;
  createdAt: number;
  updatedAt: number;
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
}

export interface OrderStatusChangesTable {
  id: string;
  orderId: string;
  shopId: string;
  fromStatus: string | null;
  toStatus: string;
  staffId: string | null;
  at: number;
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
}
