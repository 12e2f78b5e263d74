import type { CancelReasonCode, OrderStatus, PaymentMode } from "@tabletap/shared";
import { i18n, t } from "../features/language/i18n";

/**
 * Every diner-facing string, in the diner's language: the words live in `features/language/locales/`
 * (English and Simplified Chinese, one JSON file each), this object keeps the shape screens read them by.
 * Functions take the already-formatted values (money and times are formatted by the caller in the shop's
 * currency, locale and timezone, whatever the UI language, so prices match the counter).
 */
const sections = {
  appName: () => "TableTap",
  common: () => ({
    retry: t("common.retry"),
    close: t("common.close"),
    loading: t("common.loading"),
  }),
  language: () => ({
    switchLabel: t("language.switchLabel"),
  }),
  home: () => ({
    title: t("home.title"),
    body: t("home.body"),
    recentOrders: t("home.recentOrders"),
    orderLink: (pickupLabel: string, shopName: string) => t("home.orderLink", { pickupLabel, shopName }),
  }),
  notFound: () => ({
    title: t("notFound.title"),
    body: t("notFound.body"),
    home: t("notFound.home"),
    orders: t("notFound.orders"),
  }),
  menu: () => ({
    loading: t("menu.loading"),
    inactive: {
      title: t("menu.inactive.title"),
      body: t("menu.inactive.body"),
    },
    replaced: {
      title: t("menu.replaced.title"),
      body: t("menu.replaced.body"),
    },
    loadFailedTitle: t("menu.loadFailedTitle"),
    tableLabel: (label: string) => t("menu.tableLabel", { label }),
    counterLabel: (label: string) => t("menu.counterLabel", { label }),
    categories: t("menu.categories"),
    soldOut: t("menu.soldOut"),
    inCart: (n: number) => t("menu.inCart", { count: n }),
    rating: (average: string, count: number) => t("menu.rating", { average, count }),
    ratingLabel: (average: string, count: number) => t("menu.ratingLabel", { average, count }),
    empty: t("menu.empty"),
    headerHint: {
      pay_at_counter: t("menu.headerHint.pay_at_counter"),
      pay_first: t("menu.headerHint.pay_first"),
      both: t("menu.headerHint.both"),
    } satisfies Record<PaymentMode, string>,
  }),
  sheet: () => ({
    required: t("sheet.required"),
    optional: t("sheet.optional"),
    choose: (n: number) => t("sheet.choose", { count: n }),
    chooseRange: (min: number, max: number) => t("sheet.chooseRange", { min, max }),
    chooseUpTo: (n: number) => t("sheet.chooseUpTo", { count: n }),
    noteLabel: t("sheet.noteLabel"),
    notePlaceholder: t("sheet.notePlaceholder"),
    quantity: t("sheet.quantity"),
    decrease: t("sheet.decrease"),
    increase: t("sheet.increase"),
    addToCart: (price: string) => t("sheet.addToCart", { price }),
    pleaseChoose: (groups: string) => t("sheet.pleaseChoose", { groups }),
  }),
  cart: () => ({
    barLabel: t("cart.barLabel"),
    itemCount: (n: number) => t("cart.itemCount", { count: n }),
    title: t("cart.title"),
    empty: t("cart.empty"),
    priceChanged: t("cart.priceChanged"),
    priceChangedOk: t("cart.priceChangedOk"),
    remove: t("cart.remove"),
    removeItem: (name: string) => t("cart.removeItem", { name }),
    lineQuantity: (name: string) => t("cart.lineQuantity", { name }),
    unavailable: t("cart.unavailable"),
    soldOut: t("cart.soldOut"),
    optionsChanged: t("cart.optionsChanged"),
    orderNoteLabel: t("cart.orderNoteLabel"),
    orderNotePlaceholder: t("cart.orderNotePlaceholder"),
    total: t("cart.total"),
    placeOrder: (price: string) => t("cart.placeOrder", { price }),
    placing: t("cart.placing"),
    continueToPayment: (price: string) => t("cart.continueToPayment", { price }),
    openingPayment: t("cart.openingPayment"),
    payAtCounter: t("cart.payAtCounter"),
    payOnline: t("cart.payOnline"),
    paymentChoice: t("cart.paymentChoice"),
    payNowOption: t("cart.payNowOption"),
    payAtCounterOption: t("cart.payAtCounterOption"),
  }),
  order: () => ({
    loading: t("order.loading"),
    notOnDeviceTitle: t("order.notOnDeviceTitle"),
    notOnDeviceBody: t("order.notOnDeviceBody"),
    loadFailedTitle: t("order.loadFailedTitle"),
    pickupNumber: t("order.pickupNumber"),
    placedAt: (time: string) => t("order.placedAt", { time }),
    cancelReason: t("order.cancelReason"),
    /** Over a reason staff typed themselves: shown as typed, in their language. */
    cancelReasonWords: t("order.cancelReasonWords"),
    /** Read by screen readers after the progress step the order is at. */
    progressCurrent: t("order.progressCurrent"),
    readyTitle: t("order.readyTitle"),
    readyBody: t("order.readyBody"),
    payTitle: t("order.payTitle"),
    payBody: t("order.payBody"),
    payOnlineTitle: t("order.payOnlineTitle"),
    payOnlineBody: t("order.payOnlineBody"),
    payNow: t("order.payNow"),
    openingPayment: t("order.openingPayment"),
    justPaid: t("order.justPaid"),
    amountDue: t("order.amountDue"),
    paid: t("order.paid"),
    amountPaid: t("order.amountPaid"),
    paidOnline: t("order.paidOnline"),
    totalPaid: t("order.totalPaid"),
    refunded: t("order.refunded"),
    refundPending: t("order.refundPending"),
    refundPendingBody: t("order.refundPendingBody"),
    amountRefunded: t("order.amountRefunded"),
    amountRefunding: t("order.amountRefunding"),
    refundedBody: t("order.refundedBody"),
    itemsTitle: t("order.itemsTitle"),
    total: t("order.total"),
    orderMore: t("order.orderMore"),
    liveOn: t("order.liveOn"),
    liveOff: t("order.liveOff"),
    statusHeading: t("order.statusHeading"),
  }),
  /** The order page's offer of a push when the order is ready, and how that went. */
  notify: () => ({
    offer: t("notify.offer"),
    offerHint: t("notify.offerHint"),
    asking: t("notify.asking"),
    onTitle: t("notify.onTitle"),
    onBody: t("notify.onBody"),
    blockedTitle: t("notify.blockedTitle"),
    blockedBody: t("notify.blockedBody"),
    failedTitle: t("notify.failedTitle"),
    failedBody: t("notify.failedBody"),
  }),
  status: () =>
    ({
      pending_payment: t("status.pending_payment"),
      placed: t("status.placed"),
      accepted: t("status.accepted"),
      preparing: t("status.preparing"),
      ready: t("status.ready"),
      completed: t("status.completed"),
      cancelled: t("status.cancelled"),
      expired: t("status.expired"),
    }) satisfies Record<OrderStatus, string>,
  /** Short labels under the progress dots: five have to fit across a phone. */
  progress: () => ({
    placed: t("progress.placed"),
    accepted: t("progress.accepted"),
    preparing: t("progress.preparing"),
    ready: t("progress.ready"),
    completed: t("progress.completed"),
  }),
  statusDetail: () =>
    ({
      pending_payment: t("statusDetail.pending_payment"),
      placed: t("statusDetail.placed"),
      accepted: t("statusDetail.accepted"),
      preparing: t("statusDetail.preparing"),
      ready: t("statusDetail.ready"),
      completed: t("statusDetail.completed"),
      cancelled: t("statusDetail.cancelled"),
      expired: t("statusDetail.expired"),
    }) satisfies Record<OrderStatus, string>,
  /** The preset reasons staff cancel with, in the diner's words. */
  cancelReasons: () =>
    ({
      sold_out: t("cancelReasons.sold_out"),
      kitchen_closing: t("cancelReasons.kitchen_closing"),
      ordered_twice: t("cancelReasons.ordered_twice"),
      guest_asked: t("cancelReasons.guest_asked"),
      guests_left: t("cancelReasons.guests_left"),
    }) satisfies Record<CancelReasonCode, string>,
  /** An expired order that was paid too late: the money is on its way back, so "nothing was charged" would be wrong. */
  expiredRefund: () => ({
    refund_pending: t("expiredRefund.refund_pending"),
    refunded: t("expiredRefund.refunded"),
  }),
  awaitingApproval: () => ({
    word: t("awaitingApproval.word"),
    detail: t("awaitingApproval.detail"),
  }),
  /** A table's shared cart: everyone who scanned the same table's code sees and edits one cart. */
  tableCart: () => ({
    sharedHint: (table: string) => t("tableCart.sharedHint", { table }),
    orderingAs: t("tableCart.orderingAs"),
    change: t("tableCart.change"),
    nicknameLabel: t("tableCart.nicknameLabel"),
    nicknameHint: t("tableCart.nicknameHint"),
    save: t("tableCart.save"),
    addedBy: (name: string) => t("tableCart.addedBy", { name }),
    addedByYou: t("tableCart.addedByYou"),
    submittedBy: (name: string, pickup: string) => t("tableCart.submittedBy", { name, pickup }),
    submittedByYou: (pickup: string) => t("tableCart.submittedByYou", { pickup }),
    followOrder: t("tableCart.followOrder"),
    dismiss: t("tableCart.dismiss"),
    offline: t("tableCart.offline"),
    /** Friendly default nicknames, one picked per phone until the diner sets their own. */
    defaultNames: t("tableCart.defaultNames").split(","),
  }),
  /** The table's live connection on the menu page, and what a phone keeps while it is down. */
  liveCart: () => ({
    reconnecting: t("liveCart.reconnecting"),
    offline: t("liveCart.offline"),
    kept: (n: number) => t("liveCart.kept", { count: n }),
    changeNeedsConnection: t("liveCart.changeNeedsConnection"),
    /** A kept dish the server refused once sent; refusals without their own words read as "other". */
    notAdded: (name: string, code: string) => {
      const known = ["sold_out", "unknown_item", "invalid_options", "cart_full", "forbidden"] as const;
      const because = known.find((candidate) => candidate === code) ?? "other";
      const reason = t(`liveCart.notAddedBecause.${because}`);
      return t("liveCart.notAdded", { name, reason });
    },
  }),
  /** The table's open tab: every round ordered from the table until staff close it. */
  tab: () => ({
    button: t("tab.button"),
    rounds: (n: number) => t("tab.rounds", { count: n }),
    title: t("tab.title"),
    round: (n: number) => t("tab.round", { n }),
    by: (name: string) => t("tab.by", { name }),
    total: t("tab.total"),
    empty: t("tab.empty"),
    hint: t("tab.hint"),
    notCharged: t("tab.notCharged"),
    orderMore: t("tab.orderMore"),
  }),
  offline: () => ({
    menu: t("offline.menu"),
    page: t("offline.page"),
    failedTitle: t("offline.failedTitle"),
    failedBody: t("offline.failedBody"),
    reload: t("offline.reload"),
    orderNotSent: t("offline.orderNotSent"),
    orderUnconfirmed: t("offline.orderUnconfirmed"),
  }),
  wait: () => ({
    title: t("wait.title"),
    range: (from: number, to: number) => t("wait.range", { from, to }),
    ahead: (n: number) => (n === 0 ? t("wait.next") : t("wait.ahead", { count: n })),
    basisHistory: t("wait.basisHistory"),
    basisDefault: t("wait.basisDefault"),
  }),
  /** Orders remembered on this phone (no account), with their receipts and ratings. */
  history: () => ({
    title: t("history.title"),
    privacy: t("history.privacy"),
    emptyTitle: t("history.emptyTitle"),
    emptyBody: t("history.emptyBody"),
    pickup: (pickup: string) => t("history.pickup", { pickup }),
    open: t("history.open"),
    receipt: t("history.receipt"),
    rate: t("history.rate"),
    remove: t("history.remove"),
    removeLabel: (pickup: string) => t("history.removeLabel", { pickup }),
    removed: t("history.removed"),
    undo: t("history.undo"),
    allOrders: t("history.allOrders"),
    statusUnknown: t("history.statusUnknown"),
    items: (n: number) => t("history.items", { count: n }),
  }),
  /** A receipt as its share link shows it: nothing personal on it. */
  receipt: () => ({
    loading: t("receipt.loading"),
    notFoundTitle: t("receipt.notFoundTitle"),
    notFoundBody: t("receipt.notFoundBody"),
    title: t("receipt.title"),
    order: (pickup: string) => t("receipt.order", { pickup }),
    subtotal: t("receipt.subtotal"),
    discount: t("receipt.discount"),
    tip: t("receipt.tip"),
    total: t("receipt.total"),
    paid: t("receipt.paid"),
    refundedAmount: t("receipt.refundedAmount"),
    due: t("receipt.due"),
    payment: t("receipt.payment"),
    paidOnline: t("receipt.paidOnline"),
    paidCash: t("receipt.paidCash"),
    paidCard: t("receipt.paidCard"),
    paidCounter: t("receipt.paidCounter"),
    unpaid: t("receipt.unpaid"),
    refunded: t("receipt.refunded"),
    cancelled: t("receipt.cancelled"),
    share: t("receipt.share"),
    copied: t("receipt.copied"),
    copyFailed: t("receipt.copyFailed"),
    shareTitle: (shop: string) => t("receipt.shareTitle", { shop }),
    privacy: t("receipt.privacy"),
    opening: t("receipt.opening"),
    emailTitle: t("receipt.emailTitle"),
    emailLabel: t("receipt.emailLabel"),
    emailHint: t("receipt.emailHint"),
    emailSend: t("receipt.emailSend"),
    emailSending: t("receipt.emailSending"),
    emailSent: (email: string) => t("receipt.emailSent", { email }),
  }),
  /** Rating each dish of a completed order, 1 to 5 stars. */
  rating: () => ({
    title: t("rating.title"),
    intro: (shop: string) => t("rating.intro", { shop }),
    stars: (n: number) => t("rating.stars", { count: n }),
    /** Words for 1 to 5 stars, in order. */
    scoreWords: t("rating.scoreWords").split(","),
    lineLabel: (name: string) => t("rating.lineLabel", { name }),
    commentLabel: t("rating.commentLabel"),
    commentPlaceholder: t("rating.commentPlaceholder"),
    send: t("rating.send"),
    sending: t("rating.sending"),
    pickStars: t("rating.pickStars"),
    thanks: t("rating.thanks"),
    rated: t("rating.rated"),
    notCompletedTitle: t("rating.notCompletedTitle"),
    notCompletedBody: t("rating.notCompletedBody"),
    backToOrder: t("rating.backToOrder"),
  }),
  /** The order page's links once there is a receipt or something to rate. */
  afterOrder: () => ({
    title: t("afterOrder.title"),
    rate: t("afterOrder.rate"),
    receipt: t("afterOrder.receipt"),
  }),
  /** A promotion code in the cart; refusals are worded by lib/errorText from the server's code. */
  coupon: () => ({
    label: t("coupon.label"),
    placeholder: t("coupon.placeholder"),
    apply: t("coupon.apply"),
    checking: t("coupon.checking"),
    applied: (code: string) => t("coupon.applied", { code }),
    saving: (amount: string) => t("coupon.saving", { amount }),
    remove: t("coupon.remove"),
    invalidFormat: t("coupon.invalidFormat"),
    subtotal: t("coupon.subtotal"),
    discount: (code: string) => t("coupon.discount", { code }),
  }),
  /** The pay step's tip, and how an order shows its discount and tip. */
  tip: () => ({
    legend: t("tip.legend"),
    none: t("tip.none"),
    percent: (n: number) => t("tip.percent", { n }),
    other: t("tip.other"),
    amountLabel: t("tip.amountLabel"),
    tip: t("tip.tip"),
    hint: t("tip.hint"),
    add: t("tip.add"),
    invalid: (max: string) => t("tip.invalid", { max }),
  }),
  orderExtras: () => ({
    subtotal: t("orderExtras.subtotal"),
    discount: (code: string) => t("orderExtras.discount", { code }),
    tip: t("orderExtras.tip"),
    totalWithTip: t("orderExtras.totalWithTip"),
  }),
  errors: () => ({
    network: t("errors.network"),
    server: t("errors.server"),
    generic: t("errors.generic"),
  }),
};

type Text = { [Section in keyof typeof sections]: ReturnType<(typeof sections)[Section]> };
let built: Partial<Text> = {};

/**
 * Read at render time (`text.menu.soldOut`), never copied into module-level constants. Each section is
 * looked up the first time a screen reads it, not all at start-up: a phone opening the menu looks up the
 * menu's words, not the receipt's. A language switch forgets them before the screens re-render (see
 * useLanguage), so the next read is in the new language.
 */
function section(name: string | symbol): Text[keyof Text] | undefined {
  if (!(typeof name === "string" && name in sections)) return undefined;
  const key = name as keyof Text;
  if (!(key in built)) Object.assign(built, { [key]: sections[key]() });
  return built[key];
}

// Listing it (Object.entries) gives every section too, as a plain object would.
export const text = new Proxy({} as Text, {
  get: (_target, name) => section(name),
  ownKeys: () => Object.keys(sections),
  getOwnPropertyDescriptor: (_target, name) => {
    const value = section(name);
    return value === undefined ? undefined : { value, enumerable: true, configurable: true };
  },
});
i18n.on("languageChanged", () => {
  built = {};
});
