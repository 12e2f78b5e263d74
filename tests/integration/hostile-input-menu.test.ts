import { describe, it } from "vitest";
import { expectRefusedUnchanged, startHostileServer } from "./hostile-input/harness.js";
import { menuRows } from "./hostile-input/menu-rows.js";

startHostileServer();

describe("hostile input: the menu, its editor and photos, coupons", () => {
  it.each(menuRows)("$name → $status $code, nothing written", expectRefusedUnchanged);
});
