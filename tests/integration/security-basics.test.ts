import type { MerchantTableList, Order } from "@tabletap/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJson, postJson } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { signedInStaff } from "../support/staff.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

// A plain-http server that trusts no proxy, and one whose public address is https behind one proxy.
let plain: TestServer;
let behindProxy: TestServer;
let plainShop: TestShop;
let proxiedShop: TestShop;

beforeAll(async () => {
  const limits = { ORDER_LIMIT_PER_ADDRESS: "3" };
  plain = await startTestServer({ env: limits });
  behindProxy = await startTestServer({
    env: { ...limits, PUBLIC_URL: "https://order.example.test", TRUST_PROXY: "1" },
  });
  plainShop = await createTestShop(plain);
  proxiedShop = await createTestShop(behindProxy);
});
afterAll(async () => {
  await plain?.stop();
  await behindProxy?.stop();
});

const orderFrom = (server: TestServer, shop: TestShop, forwardedFor?: string) =>
  postJson<{ orderToken: string; error?: { code: string } }>(
    `${server.url}/api/orders`,
    { tableToken: shop.tableToken, lines: [{ itemId: shop.item("Tea").id, quantity: 1 }] },
    {
      "Idempotency-Key": crypto.randomUUID(),
      ...(forwardedFor ? { "X-Forwarded-For": forwardedFor } : {}),
    },
  );

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name = "", ...values]) => [name, values]),
  );
}

describe("security headers (helmet)", () => {
  it("sends a Content-Security-Policy that runs only the app's own scripts, on pages and the API", async () => {
    for (const path of ["/", "/merchant/", "/api/health", "/api/nope"]) {
      const res = await fetch(`${plain.url}${path}`);
      const csp = directives(res.headers.get("content-security-policy") ?? "");
      expect(csp.get("default-src"), path).toEqual(["'self'"]);
      expect(csp.get("script-src"), path).toEqual(["'self'"]);
      expect(csp.get("script-src-attr"), path).toEqual(["'none'"]);
      expect(csp.get("object-src"), path).toEqual(["'none'"]);
      expect(csp.get("base-uri"), path).toEqual(["'self'"]);
      expect(csp.get("form-action"), path).toEqual(["'self'"]);
      expect(csp.get("frame-ancestors"), path).toEqual(["'self'"]);
      // Fonts and styles from the app itself only: no page makes a request to another host.
      expect(csp.get("font-src"), path).toEqual(["'self'", "data:"]);
      expect(csp.get("style-src"), path).toEqual(["'self'", "'unsafe-inline'"]);
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(res.headers.get("x-powered-by"), path).toBeNull();
      expect(res.headers.get("referrer-policy"), path).toBe("no-referrer");
      // HSTS only when the public address is https: over plain http it would lock developers out.
      expect(res.headers.get("strict-transport-security"), path).toBeNull();
    }
  });

  it("adds HSTS and upgrade-insecure-requests when PUBLIC_URL is https", async () => {
    const res = await fetch(`${behindProxy.url}/api/health`);
    expect(res.headers.get("strict-transport-security")).toMatch(/max-age=\d{7,}/);
    expect(
      directives(res.headers.get("content-security-policy") ?? "").has("upgrade-insecure-requests"),
    ).toBe(true);
  });
});

/** Signs in and returns the Set-Cookie of the session, if any; `proto` is what a TLS proxy would forward. */
async function signIn(server: TestServer, shop: TestShop, proto?: "https") {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(proto ? { "X-Forwarded-Proto": proto } : {}) },
    body: JSON.stringify(shop.owner),
  });
  expect(res.status).toBe(200);
  return res.headers.getSetCookie().find((c) => c.startsWith("tt.sid="));
}
const flags = (cookie: string | undefined) =>
  (cookie ?? "").split(";").map((part) => part.trim().toLowerCase());

describe("session cookie flags", () => {
  it("is HttpOnly and SameSite=Lax over http", async () => {
    const cookie = flags(await signIn(plain, plainShop));
    expect(cookie).toContain("httponly");
    expect(cookie).toContain("samesite=lax");
    expect(cookie).not.toContain("secure");
  });

  it("is also Secure when PUBLIC_URL is https, and never sent over a plain-http hop", async () => {
    const cookie = flags(await signIn(behindProxy, proxiedShop, "https"));
    expect(cookie).toContain("httponly");
    expect(cookie).toContain("samesite=lax");
    expect(cookie).toContain("secure");
    // A request that reached the server over plain http gets no Secure cookie to leak.
    expect(await signIn(behindProxy, proxiedShop)).toBeUndefined();
  });
});

describe("trust proxy (TRUST_PROXY)", () => {
  it("ignores X-Forwarded-For by default, so a client cannot dodge the per-address order limit", async () => {
    for (let i = 0; i < 3; i++)
      expect((await orderFrom(plain, plainShop, `203.0.113.${i}`)).status).toBe(201);
    const refused = await orderFrom(plain, plainShop, "203.0.113.99");
    expect(refused.status).toBe(429);
    expect(refused.body.error?.code).toBe("rate_limited");
  });

  it("counts the address the proxy reports when TRUST_PROXY=1", async () => {
    for (let i = 0; i < 3; i++)
      expect((await orderFrom(behindProxy, proxiedShop, "198.51.100.7")).status).toBe(201);
    expect((await orderFrom(behindProxy, proxiedShop, "198.51.100.7")).status).toBe(429);
    // Another diner behind the same load balancer still gets through.
    expect((await orderFrom(behindProxy, proxiedShop, "198.51.100.8")).status).toBe(201);
  });
});

/** Every bit position of random tokens is 1 about half the time; counters and clocks fail this at once. */
function expectRandomBits(tokens: string[], bits: number) {
  expect(new Set(tokens).size).toBe(tokens.length);
  const bytes = tokens.map((t) => Buffer.from(t, "base64url"));
  for (const b of bytes) expect(b.length * 8).toBeGreaterThanOrEqual(bits);
  const n = tokens.length;
  for (let bit = 0; bit < bits; bit++) {
    const ones = bytes.filter((b) => ((b[bit >> 3] ?? 0) >> (bit & 7)) & 1).length;
    // 64 samples: mean 32, sd 4; outside 10..54 is a 5.5-sigma event.
    expect(ones, `bit ${bit}`).toBeGreaterThanOrEqual(Math.round(n * 0.16));
    expect(ones, `bit ${bit}`).toBeLessThanOrEqual(Math.round(n * 0.84));
  }
}

describe("unguessable tokens", () => {
  it("gives every order a token of at least 128 random bits", async () => {
    const tokens: string[] = [];
    for (let i = 0; i < 64; i++) {
      const placed = await orderFrom(behindProxy, proxiedShop, `192.0.2.${i}`);
      expect(placed.status).toBe(201);
      tokens.push(placed.body.orderToken);
    }
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    expectRandomBits(tokens, 128);
  });

  it("gives a table a new code of at least 128 random bits at every rotation", async () => {
    const cookie = (await signIn(behindProxy, proxiedShop, "https"))?.split(";")[0] ?? "";
    const table = proxiedShop.tables.find((t) => t.kind === "table");
    if (!table) throw new Error("the test shop has tables");
    const tokens: string[] = [];
    for (let i = 0; i < 64; i++) {
      const res = await postJson<{ table: { token: string } }>(
        `${behindProxy.url}/api/merchant/tables/${table.id}/token`,
        undefined,
        { Cookie: cookie, "X-Forwarded-Proto": "https" },
      );
      expect(res.status).toBe(200);
      tokens.push(res.body.table.token);
    }
    expectRandomBits(tokens, 128);
  });
});

/** The session id inside a `tt.sid` cookie (`s:<id>.<signature>`, URL-encoded). */
const sidOf = (cookie: string) =>
  decodeURIComponent(cookie.split(";")[0]?.split("=")[1] ?? "")
    .replace(/^s:/, "")
    .split(".")[0];

/** A POST to the plain server carrying a cookie; returns the status and the session cookie it set, if any. */
async function postWithCookie(path: string, cookie: string, body: unknown) {
  const res = await fetch(`${plain.url}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Cookie: cookie },
    body: JSON.stringify(body),
  });
  await res.arrayBuffer();
  const set = res.headers.getSetCookie().find((c) => c.startsWith("tt.sid="));
  return { status: res.status, cookie: set?.split(";")[0] ?? "" };
}

const whoIs = async (cookie: string) => {
  const res = await getJson<{ staff?: { email: string } }>(`${plain.url}/api/auth/session`, {
    Cookie: cookie,
  });
  return { status: res.status, email: res.body.staff?.email };
};

const PASSWORD = "a long enough password";
let invitee = 0;
let plainOwner: Promise<string> | undefined;

/** An invitation from the plain shop's owner; returns the invitee's email and the link's token. */
async function invite() {
  plainOwner ??= signIn(plain, plainShop).then((cookie) => cookie?.split(";")[0] ?? "");
  const owner = await plainOwner;
  const email = `invitee${++invitee}-${Date.now()}@team.test`;
  const invited = await postJson<{ inviteUrl: string }>(
    `${plain.url}/api/merchant/staff/invitations`,
    { email, role: "staff" },
    { Cookie: owner },
  );
  expect(invited.status).toBe(201);
  return { email, token: new URL(invited.body.inviteUrl).hash.slice(1) };
}

const storedHash = async (email: string) =>
  (
    await plain.db
      .selectFrom("staff")
      .select("passwordHash")
      .where("email", "=", email.toLowerCase())
      .executeTakeFirstOrThrow()
  ).passwordHash;

describe("session renewal (session fixation)", () => {
  // The cookie a browser brings may have been planted by someone who holds a copy: another person's live
  // session here, the strongest case, since it is already valid on the server.
  it("gives a new session id at sign-in and ends the session the browser's cookie named", async () => {
    const planted = (await signedInStaff(plain, plainShop.shopId, "staff")).cookie;
    expect((await whoIs(planted)).status).toBe(200);

    const signedIn = await postWithCookie("/api/auth/login", planted, plainShop.owner);
    expect(signedIn.status).toBe(200);
    expect(sidOf(signedIn.cookie)).toMatch(/\S/);
    expect(sidOf(signedIn.cookie)).not.toBe(sidOf(planted));
    expect(await whoIs(signedIn.cookie)).toEqual({ status: 200, email: plainShop.owner.email });
    // The copy the planter kept admits nobody, least of all the person who just signed in.
    expect((await whoIs(planted)).status).toBe(401);
  });

  it("gives a new session id when an invitation is accepted and when the password changes", async () => {
    const planted = (await signedInStaff(plain, plainShop.shopId, "staff")).cookie;
    const { email, token } = await invite();
    const accepted = await postWithCookie("/api/auth/invitations/accept", planted, {
      token,
      password: PASSWORD,
    });
    expect(accepted.status).toBe(201);
    expect(sidOf(accepted.cookie)).toMatch(/\S/);
    expect(sidOf(accepted.cookie)).not.toBe(sidOf(planted));
    expect(await whoIs(accepted.cookie)).toEqual({ status: 200, email });
    expect((await whoIs(planted)).status).toBe(401);

    const changed = await postWithCookie("/api/auth/password", accepted.cookie, {
      currentPassword: PASSWORD,
      newPassword: "another long enough password",
    });
    expect(changed.status).toBe(204);
    expect(sidOf(changed.cookie)).toMatch(/\S/);
    expect(sidOf(changed.cookie)).not.toBe(sidOf(accepted.cookie));
    expect(await whoIs(changed.cookie)).toEqual({ status: 200, email });
    expect((await whoIs(accepted.cookie)).status).toBe(401);
  });
});

describe("stored passwords", () => {
  /** An argon2id PHC string (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`) of at least the library's default cost. */
  function expectArgon2id(hash: string, password: string) {
    const [empty, algorithm, version, params = "", salt, digest, ...rest] = hash.split("$");
    expect([empty, algorithm, version, rest], hash).toEqual(["", "argon2id", "v=19", []]);
    const cost = new Map(params.split(",").map((p) => p.split("=") as [string, string]));
    expect(Number(cost.get("m")), hash).toBeGreaterThanOrEqual(64 * 1024);
    expect(Number(cost.get("t")), hash).toBeGreaterThanOrEqual(3);
    expect(salt).toMatch(/^[A-Za-z0-9+/]{22,}$/);
    expect(digest).toMatch(/^[A-Za-z0-9+/]{43,}$/);
    expect(hash).not.toContain(password);
  }

  it("keeps only an argon2id hash: a new shop's owner, an accepted invitation and a changed password", async () => {
    expectArgon2id(await storedHash(plainShop.owner.email), plainShop.owner.password);

    const { email, token } = await invite();
    const accepted = await postJson(`${plain.url}/api/auth/invitations/accept`, {
      token,
      password: PASSWORD,
    });
    expect(accepted.status).toBe(201);
    const joined = await storedHash(email);
    expectArgon2id(joined, PASSWORD);

    const cookie = (accepted.headers.getSetCookie().find((c) => c.startsWith("tt.sid=")) ?? "").split(";")[0];
    const newPassword = "yet another long password";
    const changed = await postWithCookie("/api/auth/password", cookie ?? "", {
      currentPassword: PASSWORD,
      newPassword,
    });
    expect(changed.status).toBe(204);
    const replaced = await storedHash(email);
    expectArgon2id(replaced, newPassword);
    expect(replaced).not.toBe(joined);
  });
});

describe("ids", () => {
  const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it("names orders, tables and staff by random UUIDs (v4) in every answer", async () => {
    // The proxied server, so this order does not count against the plain server's address limit; from the
    // counter, whose code no test here rotates.
    const placed = await postJson<{ order: Order; orderToken: string }>(
      `${behindProxy.url}/api/orders`,
      {
        counterToken: proxiedShop.counterToken,
        lines: [{ itemId: proxiedShop.item("Tea").id, quantity: 1 }],
      },
      { "Idempotency-Key": crypto.randomUUID(), "X-Forwarded-For": "198.51.100.200" },
    );
    expect(placed.status).toBe(201);
    const { order } = placed.body;
    expect(order.id).toMatch(UUID_V4);
    const detail = await getJson<{ order: Order }>(`${behindProxy.url}/api/orders/${order.id}`, {
      Authorization: `Bearer ${placed.body.orderToken}`,
    });
    expect(detail.status).toBe(200);
    expect(detail.body.order.id).toBe(order.id);

    plainOwner ??= signIn(plain, plainShop).then((cookie) => cookie?.split(";")[0] ?? "");
    const owner = await plainOwner;
    const tables = await getJson<MerchantTableList>(`${plain.url}/api/merchant/tables`, { Cookie: owner });
    expect(tables.status).toBe(200);
    const tableIds = tables.body.tables.map((t) => t.id);
    expect(tableIds.length).toBeGreaterThanOrEqual(4);
    for (const id of tableIds) expect(id).toMatch(UUID_V4);

    const team = await getJson<{ staff: { id: string }[] }>(`${plain.url}/api/merchant/staff`, {
      Cookie: owner,
    });
    expect(team.status).toBe(200);
    expect(team.body.staff.length).toBeGreaterThanOrEqual(1);
    for (const { id } of team.body.staff) expect(id).toMatch(UUID_V4);
    const session = await getJson<{ staff: { id: string } }>(`${plain.url}/api/auth/session`, {
      Cookie: owner,
    });
    expect(session.body.staff.id).toMatch(UUID_V4);
  });
});
