import { randomBytes, randomUUID } from "node:crypto";
import { hashPassword } from "@tabletap/server/features/auth/password";
import type { StaffRole } from "@tabletap/shared";
import { login } from "./api.js";
import type { TestServer } from "./test-server.js";

/** A signed-in member of a shop's team with the given role, written straight to the database. */
export async function signedInStaff(
  server: TestServer,
  shopId: string,
  role: StaffRole,
): Promise<{ staffId: string; email: string; cookie: string }> {
  const email = `${role}-${randomBytes(4).toString("hex")}@team.test`;
  const password = "a long enough password";
  const staffId = randomUUID();
  await server.db
    .insertInto("staff")
    .values({
      id: staffId,
      shopId,
      email,
      passwordHash: await hashPassword(password),
      role,
      createdAt: Date.now(),
    })
    .execute();
  return { staffId, email, cookie: await login(server.url, email, password) };
}
