import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { signedInStaff } from "../support/staff.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
let operatorShop: TestShop;
let otherShop: TestShop;
let operatorCookie: string;

beforeAll(async () => {
  server = await startTestServer({ env: { QUEUE_DASHBOARD_EMAILS: "placeholder@example.com" } });
  [operatorShop, otherShop] = await Promise.all([createTestShop(server), createTestShop(server)]);
  // Allow exactly one owner, the way an operator would configure it.
  server.config.queueDashboardEmails?.splice(0, 1, operatorShop.owner.email);
  operatorCookie = await login(server.url, operatorShop.owner.email, operatorShop.owner.password);
});
afterAll(() => server?.stop());

const dashboard = (path: string, init: RequestInit & { cookie?: string; origin?: string } = {}) =>
  fetch(`${server.url}/merchant/queues${path}`, {
    ...init,
    redirect: "manual",
    headers: {
      ...(init.cookie ? { Cookie: init.cookie } : {}),
      ...(init.origin ? { Origin: init.origin } : {}),
      ...(init.body ? { "Content-Type": "application/json" } : {}),
    },
  });

describe("queue dashboard", () => {
  it("shows bull-board to a listed owner", async () => {
    const page = await dashboard("", { cookie: operatorCookie });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("__UI_CONFIG__");
    const api = await dashboard("/api/queues", { cookie: operatorCookie });
    const body = (await api.json()) as { queues: { name: string }[] };
    expect(body.queues.map((q) => q.name).sort()).toEqual([
      "notifications",
      "payments",
      "printing",
      "reports",
      "sandbox",
    ]);
  });

  it("refuses other shops' owners and anyone signed out", async () => {
    const cookie = await login(server.url, otherShop.owner.email, otherShop.owner.password);
    const forbidden = await dashboard("/api/queues", { cookie });
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toEqual({
      error: { code: "forbidden", message: expect.stringMatching(/operators/) },
    });
    // A person opening the page reads why instead of raw JSON.
    const page = await dashboard("", { cookie });
    expect(page.status).toBe(403);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await page.text()).toContain("for this deployment's operators only");
    const paused = await dashboard("/api/queues/payments/pause", { method: "PUT", cookie });
    expect(paused.status).toBe(403);
    expect(await server.queues.payments.isPaused()).toBe(false);
    const anonymous = await dashboard("/api/queues", {});
    expect(anonymous.status).toBe(303);
  });

  it("refuses every write from a foreign origin, even with a listed operator's cookie, and changes nothing", async () => {
    const foreign = { cookie: operatorCookie, origin: "https://evil.example" };
    const pause = await dashboard("/api/queues/notifications/pause", { ...foreign, method: "PUT" });
    expect(pause.status).toBe(403);
    expect(await pause.json()).toEqual({
      error: { code: "forbidden", message: "Cross-site requests are not allowed" },
    });
    expect(await server.queues.notifications.isPaused()).toBe(false);
    const before = await server.queues.payments.count();
    const added = await dashboard("/api/queues/payments/add", {
      ...foreign,
      method: "POST",
      body: JSON.stringify({ name: "order.expire", data: { orderId: "someone-elses" } }),
    });
    expect(added.status).toBe(403);
    expect(await server.queues.payments.count()).toBe(before);
    const emptied = await dashboard("/api/queues/reports/empty", { ...foreign, method: "PUT" });
    expect(emptied.status).toBe(403);
  });

  it("lets a listed operator pause and resume a queue from the app's own origin", async () => {
    const own = { cookie: operatorCookie, origin: server.url, method: "PUT" };
    expect((await dashboard("/api/queues/notifications/pause", own)).status).toBe(200);
    expect(await server.queues.notifications.isPaused()).toBe(true);
    expect((await dashboard("/api/queues/notifications/resume", own)).status).toBe(200);
    expect(await server.queues.notifications.isPaused()).toBe(false);
  });
});

describe("queue dashboard without QUEUE_DASHBOARD_EMAILS", () => {
  it("lets nobody in, in development too", async () => {
    const development = await startTestServer({ env: { NODE_ENV: "development" } });
    try {
      expect(development.config.env).toBe("development");
      const shop = await createTestShop(development);
      const cookie = await login(development.url, shop.owner.email, shop.owner.password);
      const api = await fetch(`${development.url}/merchant/queues/api/queues`, {
        headers: { Cookie: cookie },
      });
      expect(api.status).toBe(403);
      const pause = await fetch(`${development.url}/merchant/queues/api/queues/payments/pause`, {
        method: "PUT",
        headers: { Cookie: cookie, Origin: development.url },
      });
      expect(pause.status).toBe(403);
      expect(await development.queues.payments.isPaused()).toBe(false);
    } finally {
      await development.stop();
    }
  });

  it("tells the console whom to show the link: listed owners only (canSeeQueues)", async () => {
    const session = async (cookie: string) =>
      (await (await fetch(`${server.url}/api/auth/session`, { headers: { Cookie: cookie } })).json()) as {
        canSeeQueues: boolean;
      };
    expect((await session(operatorCookie)).canSeeQueues).toBe(true);
    const otherOwner = await login(server.url, otherShop.owner.email, otherShop.owner.password);
    expect((await session(otherOwner)).canSeeQueues).toBe(false);
    const manager = await signedInStaff(server, operatorShop.shopId, "manager");
    expect((await session(manager.cookie)).canSeeQueues).toBe(false);
    // Listing a manager's email does not make them an operator: the dashboard is for owners.
    server.config.queueDashboardEmails?.push(manager.email);
    try {
      expect((await session(manager.cookie)).canSeeQueues).toBe(false);
      expect((await dashboard("", { cookie: manager.cookie })).status).toBe(403);
    } finally {
      server.config.queueDashboardEmails?.pop();
    }
  });

  it("serves a page that loads nothing from another host, under a CSP that forbids it", async () => {
    const page = await dashboard("", { cookie: operatorCookie });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("__UI_CONFIG__");
    expect(html).not.toMatch(/fonts\.(googleapis|gstatic)\.com/);
    expect([...html.matchAll(/(?:href|src)="(https?:)?\/\/[^"]*"/g)]).toEqual([]);
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("font-src 'self' data:");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).not.toMatch(/https:/);
  });
});
