import { describe, expect, it } from "vitest";
import { dinerRows } from "./hostile-input/diner-rows.js";
import { menuRows } from "./hostile-input/menu-rows.js";
import { orderRows } from "./hostile-input/orders-rows.js";
import { shopRows } from "./hostile-input/shop-rows.js";
import { staffRows } from "./hostile-input/staff-rows.js";
import { tableRows } from "./hostile-input/tables-rows.js";

// Each area's rows run against their own server in hostile-input-<area>.test.ts.
const rows = [...orderRows, ...dinerRows, ...menuRows, ...tableRows, ...staffRows, ...shopRows];

describe("hostile input over every public endpoint", () => {
  it("has at least 40 rows", () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
  });
});
