import { describe, it } from "vitest";
import { expectRefusedUnchanged, startHostileServer } from "./hostile-input/harness.js";
import { shopRows } from "./hostile-input/shop-rows.js";

startHostileServer();

describe("hostile input: the shop's board settings, settings and reports", () => {
  it.each(shopRows)("$name → $status $code, nothing written", expectRefusedUnchanged);
});
