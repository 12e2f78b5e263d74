import { describe, it } from "vitest";
import { expectRefusedUnchanged, startHostileServer } from "./hostile-input/harness.js";
import { tableRows } from "./hostile-input/tables-rows.js";

startHostileServer();

describe("hostile input: tables, QR codes and sittings", () => {
  it.each(tableRows)("$name → $status $code, nothing written", expectRefusedUnchanged);
});
