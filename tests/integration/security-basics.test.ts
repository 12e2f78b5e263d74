import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postJson } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
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
