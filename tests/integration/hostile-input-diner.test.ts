import { describe, it } from "vitest";
import { dinerRows } from "./hostile-input/diner-rows.js";
import { expectRefusedUnchanged, startHostileServer } from "./hostile-input/harness.js";

startHostileServer();

describe("hostile input: the diner's order page, checkout, push, wait, ratings and receipts", () => {
  it.each(dinerRows)("$name → $status $code, nothing written", expectRefusedUnchanged);
});
