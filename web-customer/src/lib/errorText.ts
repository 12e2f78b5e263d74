import { type ErrorCode, formatMoney } from "@tabletap/shared";
import { t } from "../features/language/i18n";
import en from "../features/language/locales/en.json";
import { shopTimeFormat } from "./shopTime";

/** A refusal as the API answers it (`{error:{code,message,details}}`) or a socket acknowledges it. */
export interface Refusal {
  code: string;
  details?: unknown;
}

/**
 * Codes only staff routes answer: a diner's phone never sends the request that meets them, so they read
 * the generic sentence. Every other code needs words in `serverErrors` (the typecheck below insists).
 */
export const staffOnlyErrorCodes = [
  "label_taken",
  "sitting_not_allowed",
  "approval_required",
  "category_not_empty",
  "invalid_transition",
  "coupon_code_taken",
  "refund_not_allowed",
  "counter_refund_unconfirmed",
  "no_counter_refund",
  "invalid_signature",
  "email_taken",
  "invitation_invalid",
  "last_owner",
  "payment_provider_not_configured",
  "currency_minor_units_differ",
  "station_is_default",
  "station_not_in_order",
] as const;

type StaffOnlyCode = (typeof staffOnlyErrorCodes)[number];
/** The codes a diner can meet, plus the app's own "network" for a request that never got an answer. */
export type DinerErrorCode = Exclude<ErrorCode, StaffOnlyCode> | "network";
type ErrorWords = (typeof en)["serverErrors"];
// A new error code fails here until it gets diner words in en.json or is listed as staff-only above.
type MissingWords = Exclude<DinerErrorCode, keyof ErrorWords>;
const everyDinerCodeHasWords: [MissingWords] extends [never] ? true : MissingWords = true;
void everyDinerCodeHasWords;

// en.json words exactly the diner codes (errorText.test.ts holds it to that), so no staff-only list ships.
const isDinerCode = (code: string): code is DinerErrorCode => Object.hasOwn(en.serverErrors, code);

const detailsOf = (details: unknown): Record<string, unknown> =>
  typeof details === "object" && details !== null ? (details as Record<string, unknown>) : {};

/**
 * The diner's words for a refusal, in the UI language; the server's own `message` is English (for logs
 * and developers) and never shown. Dishes are named, amounts and dates given when the server's `details`
 * carry them: money in the shop's currency and locale, dates in the UI language on the shop's clock.
 */
export function errorText(refusal: Refusal): string {
  const { code } = refusal;
  if (!isDinerCode(code)) return t("serverErrors.internal");
  const details = detailsOf(refusal.details);
  const field = (key: string) => (typeof details[key] === "string" ? (details[key] as string) : undefined);
  const name = field("name");
  if ((code === "sold_out" || code === "item_unavailable") && name) {
    return t(`serverErrorsNamed.${code}`, { name });
  }
  const currency = field("currency");
  const locale = field("locale");
  if (code === "coupon_min_spend" && typeof details.minSpend === "number" && currency && locale) {
    return t("serverErrorsNamed.coupon_min_spend", {
      amount: formatMoney(details.minSpend, currency, locale),
    });
  }
  const startsAt = new Date(field("startsAt") ?? Number.NaN);
  if (code === "coupon_not_started" && !Number.isNaN(startsAt.getTime())) {
    const format = shopTimeFormat(field("timeZone"), { dateStyle: "medium", timeStyle: "short" });
    return t("serverErrorsNamed.coupon_not_started", { when: format.format(startsAt) });
  }
  return t(`serverErrors.${code}`);
}
