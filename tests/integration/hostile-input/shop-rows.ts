import { get, M, patch, type Row, row } from "./harness.js";

/** The shop's board settings, payment and time settings, and reports (staff). */
export const shopRows: Row[] = [
  // --- board settings (staff)
  row("board settings: unknown field", "400 validation_failed", () =>
    patch(`${M}/board/settings`, { theme: "dark", x: 1 }),
  ),
  row("board settings: escalate after -1 minutes", "400 validation_failed", () =>
    patch(`${M}/board/settings`, { escalateAfterMinutes: -1 }),
  ),
  // --- the owner's shop settings
  row("shop settings: a time zone with a NUL and a path", "400 validation_failed", () =>
    patch(`${M}/shop/settings`, { timezone: "Asia/Shanghai\u0000/../../etc" }),
  ),
  row("shop settings: a 10 kB currency", "400 validation_failed", () =>
    patch(`${M}/shop/settings`, { currency: "C".repeat(10_000) }),
  ),
  row("shop settings: a made-up provider", "400 validation_failed", () =>
    patch(`${M}/shop/settings`, { paymentProvider: "__proto__" }),
  ),
  row("shop settings: a provider without keys", "422 payment_provider_not_configured", () =>
    patch(`${M}/shop/settings`, { paymentProvider: "stripe" }),
  ),
  row("shop settings: a currency with other decimals", "409 currency_minor_units_differ", () =>
    patch(`${M}/shop/settings`, { currency: "JPY" }),
  ),
  // --- reports (staff)
  row("report: from after to", "400 validation_failed", () =>
    get(`${M}/reports/sales?from=2026-05-02&to=2026-05-01`),
  ),
  row("report: a day that does not exist", "400 validation_failed", () =>
    get(`${M}/reports/sales?from=2026-02-30&to=2026-03-01`),
  ),
  row("report: ten years at once", "400 validation_failed", () =>
    get(`${M}/reports/sales?from=2016-01-01&to=2026-01-01`),
  ),
  row("report: from given twice", "400 validation_failed", () =>
    get(`${M}/reports/sales?from=2026-05-01&from=2026-05-02&to=2026-05-03`),
  ),
  row("report CSV: unknown breakdown", "400 validation_failed", () =>
    get(`${M}/reports/sales.csv?from=2026-05-01&to=2026-05-02&breakdown=passwords`),
  ),
  row("report settings: closing at 25:00", "400 validation_failed", () =>
    patch(`${M}/reports/settings`, { closingTime: "25:00" }),
  ),
];
