import type { InvitationPreview, StaffRole } from "@tabletap/shared";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJson, login, postJson } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { connected, connectMerchant } from "../support/sockets.js";
import { REDIS_URL, startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
let shop: TestShop;
let otherShop: TestShop;
let ownerCookie: string;
// The server's clock runs ahead of the real one when a test says so.
let offsetMs = 0;

beforeAll(async () => {
  server = await startTestServer({ clock: () => Date.now() + offsetMs, env: { SESSION_MAX_AGE: "3600" } });
  shop = await createTestShop(server);
  otherShop = await createTestShop(server);
  ownerCookie = await login(server.url, shop.owner.email, shop.owner.password);
});
afterAll(() => server?.stop());

const PASSWORD = "a long enough password";
let serial = 0;
const freshEmail = () => `person${++serial}-${Date.now()}@team.test`;

async function call(method: string, path: string, options: { cookie?: string; body?: unknown } = {}) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      ...(options.body !== undefined ? { "Content-Type": "application/json" } : {}),
      ...(options.cookie ? { Cookie: options.cookie } : {}),
    },
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
  });
  const text = await response.text();
  const cookie = response.headers
    .getSetCookie()
    .find((c) => c.startsWith("tt.sid="))
    ?.split(";")[0];
  return { status: response.status, body: text ? JSON.parse(text) : undefined, cookie };
}

const tokenOf = (inviteUrl: string) => new URL(inviteUrl).hash.slice(1);

/** A body's keys and value types, all the way down: what a response reveals besides its values. */
const shape = (value: unknown): unknown =>
  value !== null && typeof value === "object"
    ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)]))
    : typeof value;

/** Invites someone as the owner and accepts the invitation, the way a new team member does. */
async function join(role: StaffRole, owner = ownerCookie) {
  const email = freshEmail();
  const invited = await call("POST", "/api/merchant/staff/invitations", {
    cookie: owner,
    body: { email, role },
  });
  expect(invited.status).toBe(201);
  const accepted = await call("POST", "/api/auth/invitations/accept", {
    body: { token: tokenOf(invited.body.inviteUrl), password: PASSWORD },
  });
  expect(accepted.status).toBe(201);
  const staffId = (
    await server.db.selectFrom("staff").select("id").where("email", "=", email).executeTakeFirstOrThrow()
  ).id;
  return { email, staffId, cookie: accepted.cookie ?? "" };
}

describe("invitations", () => {
  it("lets an invited person choose a password once and signs them in with the invited role", async () => {
    const email = freshEmail();
    const invited = await call("POST", "/api/merchant/staff/invitations", {
      cookie: ownerCookie,
      body: { email, role: "manager" },
    });
    expect(invited.status).toBe(201);
    expect(invited.body.inviteUrl).toMatch(new RegExp(`^${server.url}/merchant/invite#[A-Za-z0-9_-]{43}$`));
    const token = tokenOf(invited.body.inviteUrl);
    const stored = await server.db
      .selectFrom("staffInvitations")
      .selectAll()
      .where("email", "=", email)
      .executeTakeFirstOrThrow();
    expect(stored.tokenHash).not.toContain(token);

    const preview = await call("POST", "/api/auth/invitations/lookup", { body: { token } });
    expect(preview.body as InvitationPreview).toEqual({
      email,
      role: "manager",
      shopName: expect.any(String),
    });

    const weak = await call("POST", "/api/auth/invitations/accept", { body: { token, password: "short" } });
    expect(weak.status).toBe(400);
    const accepted = await call("POST", "/api/auth/invitations/accept", {
      body: { token, password: PASSWORD },
    });
    expect(accepted.status).toBe(201);
    expect(accepted.body.staff).toMatchObject({ email, role: "manager" });
    expect(accepted.body.shop.id).toBe(shop.shopId);
    const session = await call("GET", "/api/auth/session", { cookie: accepted.cookie });
    expect(session.body.staff.role).toBe("manager");

    const again = await call("POST", "/api/auth/invitations/accept", { body: { token, password: PASSWORD } });
    expect(again.status).toBe(410);
    expect(again.body.error.code).toBe("invitation_invalid");
    await login(server.url, email, PASSWORD);
  });

  it("refuses an email that already signs in at this shop, and a revoked invitation", async () => {
    const taken = await call("POST", "/api/merchant/staff/invitations", {
      cookie: ownerCookie,
      body: { email: shop.owner.email, role: "staff" },
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe("email_taken");

    const invited = await call("POST", "/api/merchant/staff/invitations", {
      cookie: ownerCookie,
      body: { email: freshEmail(), role: "staff" },
    });
    const revoked = await call("DELETE", `/api/merchant/staff/invitations/${invited.body.invitation.id}`, {
      cookie: ownerCookie,
    });
    expect(revoked.status).toBe(204);
    const lookup = await call("POST", "/api/auth/invitations/lookup", {
      body: { token: tokenOf(invited.body.inviteUrl) },
    });
    expect(lookup.status).toBe(410);
  });

  it("invites another shop's account exactly as a fresh email; only its owner learns of the conflict, on accepting", async () => {
    const invite = (email: string) =>
      call("POST", "/api/merchant/staff/invitations", {
        cookie: ownerCookie,
        body: { email, role: "staff" },
      });
    const elsewhere = await invite(otherShop.owner.email.toUpperCase());
    const fresh = await invite(freshEmail());
    expect(elsewhere.status).toBe(201);
    expect(fresh.status).toBe(201);
    expect(shape(elsewhere.body)).toEqual(shape(fresh.body));
    expect(elsewhere.body.invitation).toMatchObject({ email: otherShop.owner.email, role: "staff" });

    const token = tokenOf(elsewhere.body.inviteUrl);
    const accepted = await call("POST", "/api/auth/invitations/accept", {
      body: { token, password: PASSWORD },
    });
    expect(accepted.status).toBe(409);
    expect(accepted.body.error.code).toBe("email_taken");
    expect(accepted.cookie).toBeUndefined();
    // Nothing moved: the account stays at its shop with its password, and the invitation still looks unanswered.
    const account = await server.db
      .selectFrom("staff")
      .select(["shopId", "removedAt"])
      .where("email", "=", otherShop.owner.email)
      .executeTakeFirstOrThrow();
    expect(account).toEqual({ shopId: otherShop.shopId, removedAt: null });
    await login(server.url, otherShop.owner.email, otherShop.owner.password);
    const team = await call("GET", "/api/merchant/staff", { cookie: ownerCookie });
    expect(team.body.invitations.map((i: { email: string }) => i.email)).toContain(otherShop.owner.email);
    expect(team.body.staff.map((s: { email: string }) => s.email)).not.toContain(otherShop.owner.email);
  });

  it("expires an invitation after seven days", async () => {
    const invited = await call("POST", "/api/merchant/staff/invitations", {
      cookie: ownerCookie,
      body: { email: freshEmail(), role: "staff" },
    });
    offsetMs = 7 * 24 * 3600 * 1000 + 1000;
    try {
      const accept = await call("POST", "/api/auth/invitations/accept", {
        body: { token: tokenOf(invited.body.inviteUrl), password: PASSWORD },
      });
      expect(accept.status).toBe(410);
    } finally {
      offsetMs = 0;
    }
  });
});

describe("the team, managed by the owner only", () => {
  it("answers 403 to managers and staff on every team endpoint, and 404 for another shop's people", async () => {
    const manager = await join("manager");
    const floor = await join("staff");
    const target = await join("staff");
    const endpoints: [string, string, unknown?][] = [
      ["GET", "/api/merchant/staff"],
      ["POST", "/api/merchant/staff/invitations", { email: freshEmail(), role: "staff" }],
      ["PATCH", `/api/merchant/staff/${target.staffId}`, { role: "manager" }],
      ["DELETE", `/api/merchant/staff/${target.staffId}`],
    ];
    for (const cookie of [manager.cookie, floor.cookie]) {
      for (const [method, path, body] of endpoints) {
        const answer = await call(method, path, { cookie, body });
        expect(answer.status, `${method} ${path}`).toBe(403);
        expect(answer.body.error.code).toBe("forbidden");
      }
    }
    const row = await server.db
      .selectFrom("staff")
      .selectAll()
      .where("id", "=", target.staffId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ role: "staff", removedAt: null });

    const otherOwner = await login(server.url, otherShop.owner.email, otherShop.owner.password);
    expect(
      (
        await call("PATCH", `/api/merchant/staff/${target.staffId}`, {
          cookie: otherOwner,
          body: { role: "owner" },
        })
      ).status,
    ).toBe(404);
    expect(
      (await call("DELETE", `/api/merchant/staff/${target.staffId}`, { cookie: otherOwner })).status,
    ).toBe(404);
    const list = await call("GET", "/api/merchant/staff", { cookie: otherOwner });
    expect(list.body.staff.map((s: { email: string }) => s.email)).toEqual([otherShop.owner.email]);
    expect(
      (
        await server.db
          .selectFrom("staff")
          .select("role")
          .where("id", "=", target.staffId)
          .executeTakeFirstOrThrow()
      ).role,
    ).toBe("staff");
  });

  it("applies a role change to sessions already open, and ends the person's live board", async () => {
    const manager = await join("manager");
    const board = connectMerchant(server.url, manager.cookie);
    await connected(board);
    const dropped = new Promise((resolve) => board.once("disconnect", resolve));
    expect(
      (
        await call("PATCH", `/api/merchant/staff/${manager.staffId}`, {
          cookie: ownerCookie,
          body: { role: "staff" },
        })
      ).status,
    ).toBe(204);
    await dropped;
    const session = await call("GET", "/api/auth/session", { cookie: manager.cookie });
    expect(session.body.staff.role).toBe("staff");
  });

  it("removes a person: their session, board and password stop working at once", async () => {
    const person = await join("staff");
    const board = connectMerchant(server.url, person.cookie);
    await connected(board);
    const dropped = new Promise((resolve) => board.once("disconnect", resolve));
    expect(
      (await call("DELETE", `/api/merchant/staff/${person.staffId}`, { cookie: ownerCookie })).status,
    ).toBe(204);
    await dropped;
    expect((await call("GET", "/api/merchant/orders", { cookie: person.cookie })).status).toBe(401);
    const again = connectMerchant(server.url, person.cookie);
    await expect(connected(again)).rejects.toThrow();
    const relogin = await call("POST", "/api/auth/login", {
      body: { email: person.email, password: PASSWORD },
    });
    expect(relogin.status).toBe(401);
    const team = await call("GET", "/api/merchant/staff", { cookie: ownerCookie });
    expect(team.body.staff.map((s: { id: string }) => s.id)).not.toContain(person.staffId);
  });

  it("never leaves a shop without an owner", async () => {
    const owner = await server.db
      .selectFrom("staff")
      .select("id")
      .where("email", "=", shop.owner.email)
      .executeTakeFirstOrThrow();
    const demote = await call("PATCH", `/api/merchant/staff/${owner.id}`, {
      cookie: ownerCookie,
      body: { role: "manager" },
    });
    expect(demote.status).toBe(409);
    expect(demote.body.error.code).toBe("last_owner");
    expect((await call("DELETE", `/api/merchant/staff/${owner.id}`, { cookie: ownerCookie })).status).toBe(
      409,
    );

    // Two owners demoting each other at the same moment: one of them stays owner.
    const second = await join("owner");
    const secondOwner = await server.db
      .selectFrom("staff")
      .select("id")
      .where("id", "=", second.staffId)
      .executeTakeFirstOrThrow();
    const answers = await Promise.all([
      call("PATCH", `/api/merchant/staff/${owner.id}`, { cookie: second.cookie, body: { role: "manager" } }),
      call("PATCH", `/api/merchant/staff/${secondOwner.id}`, {
        cookie: ownerCookie,
        body: { role: "manager" },
      }),
    ]);
    const owners = await server.db
      .selectFrom("staff")
      .select("id")
      .where("shopId", "=", shop.shopId)
      .where("role", "=", "owner")
      .where("removedAt", "is", null)
      .execute();
    expect(owners.length).toBeGreaterThanOrEqual(1);
    expect(answers.map((a) => a.status).sort()).toContain(204);
    // Put the first owner back for the tests that follow.
    if (!owners.some((o) => o.id === owner.id)) {
      await server.db.updateTable("staff").set({ role: "owner" }).where("id", "=", owner.id).execute();
    }
  });
});

describe("sessions", () => {
  it("ends every other session when the password changes, and keeps this one", async () => {
    const person = await join("staff");
    const elsewhere = await login(server.url, person.email, PASSWORD);
    const wrong = await call("POST", "/api/auth/password", {
      cookie: person.cookie,
      body: { currentPassword: "not it at all", newPassword: "another long password" },
    });
    expect(wrong.status).toBe(401);
    const changed = await call("POST", "/api/auth/password", {
      cookie: person.cookie,
      body: { currentPassword: PASSWORD, newPassword: "another long password" },
    });
    expect(changed.status).toBe(204);
    expect(changed.cookie).toBeDefined();
    expect((await call("GET", "/api/merchant/orders", { cookie: elsewhere })).status).toBe(401);
    expect((await call("GET", "/api/merchant/orders", { cookie: changed.cookie })).status).toBe(200);
    await login(server.url, person.email, "another long password");
  });

  it("ends a session SESSION_MAX_AGE after sign-in however busy, and stores it for the idle time only", async () => {
    const person = await join("staff");
    expect((await call("GET", "/api/merchant/orders", { cookie: person.cookie })).status).toBe(200);
    const redis = new Redis(REDIS_URL);
    try {
      const sid = decodeURIComponent(person.cookie.split("=")[1] ?? "")
        .replace(/^s:/, "")
        .split(".")[0];
      const ttl = await redis.ttl(`${server.config.redisPrefix}:sess:${sid}`);
      expect(ttl).toBeGreaterThan(12 * 3600 - 60);
      expect(ttl).toBeLessThanOrEqual(12 * 3600);
    } finally {
      redis.disconnect();
    }
    offsetMs = 3600 * 1000 + 1000;
    try {
      const late = await call("GET", "/api/merchant/orders", { cookie: person.cookie });
      expect(late.status).toBe(401);
    } finally {
      offsetMs = 0;
    }
    expect((await call("GET", "/api/merchant/orders", { cookie: person.cookie })).status).toBe(401);
  });
});

describe("sign-in attempts", () => {
  it("refuses with 429 after ten failures for one account, while other accounts still sign in", async () => {
    const person = await join("staff");
    for (let attempt = 0; attempt < 10; attempt++) {
      const answer = await postJson(`${server.url}/api/auth/login`, {
        email: person.email,
        password: "wrong guess!",
      });
      expect(answer.status).toBe(401);
    }
    const blocked = await postJson<{ error: { code: string } }>(`${server.url}/api/auth/login`, {
      email: person.email,
      password: PASSWORD,
    });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe("rate_limited");
    await login(server.url, shop.owner.email, shop.owner.password);
    expect((await getJson(`${server.url}/api/health`)).status).toBe(200);
  });
});
