import { del, M, patch, post, type Row, row } from "./harness.js";

/** Tables, their QR codes and sittings (staff). */
export const tableRows: Row[] = [
  // --- staff: tables
  row("table: label is a number", "400 validation_failed", () => post(`${M}/tables`, { label: 7 })),
  row("table: label with a bidi override", "400 validation_failed", () =>
    post(`${M}/tables`, { label: "T\u202e9" }),
  ),
  row("table: label with a paragraph separator", "400 validation_failed", () =>
    post(`${M}/tables`, { label: "T\u20299" }),
  ),
  row("table: label with a left-to-right mark", "400 validation_failed", () =>
    post(`${M}/tables`, { label: "T9\u200e" }),
  ),
  row("table: rename another shop's table", "404 not_found", (f) =>
    patch(`${M}/tables/${f.theirTableId}`, { label: "Mine" }),
  ),
  row("table: rotate another shop's code", "404 not_found", (f) =>
    post(`${M}/tables/${f.theirTableId}/token`),
  ),
  row("table: open another shop's sitting", "404 not_found", (f) =>
    post(`${M}/tables/${f.theirTableId}/sitting`),
  ),
  row("table: settings with a string", "400 validation_failed", () =>
    patch(`${M}/tables/settings`, { sittingsEnabled: "yes" }),
  ),
  // --- sittings (staff)
  row("sitting: open another shop's table", "404 not_found", (f) =>
    post(`${M}/tables/${f.theirTableId}/sitting`),
  ),
  row("sitting: close another shop's table", "404 not_found", (f) =>
    del(`${M}/tables/${f.theirTableId}/sitting`),
  ),
];
