import { describe, it } from "vitest";
import { expectRefusedUnchanged, startHostileServer } from "./hostile-input/harness.js";
import { staffRows } from "./hostile-input/staff-rows.js";

startHostileServer();

describe("hostile input: sign-in, invitations, staff sessions and the team", () => {
  it.each(staffRows)("$name → $status $code, nothing written", expectRefusedUnchanged);
});
