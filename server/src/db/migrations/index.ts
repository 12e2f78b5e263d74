import type { Migration } from "kysely";
import * as m0001 from "./0001_initial.js";

/** Every migration in order. Listed statically so the compiled server and the tests run the same set. */
export const migrations: Record<string, Migration> = {
  "0001_initial": m0001,
};
