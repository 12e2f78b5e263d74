import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
let operatorShop: TestShop;
let otherShop: TestShop;

beforeAll(async () => {
  server = await startTestServer({ env: { QUEUE_DASHBOARD_EMAILS: "placeholder@example.com" } });
  [operatorShop, otherShop] = await Promise.all([createTestShop(server), createTestShop(server)]);
  // Allow exactly one owner, the way an operator would configure it.
  server.config.queueDashboardEmails?.splice(0, 1, operatorShop.owner.email);
});
afterAll(() => server?.stop());

describe("queue dashboard", () => {
  it("shows bull-board to a listed owner", async () => {
    const cookie = await login(server.url, operatorShop.owner.email, operatorShop.owner.password);
    const page = await fetch(`${server.url}/merchant/queues`, { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("__UI_CONFIG__");
    const api = await fetch(`${server.url}/merchant/queues/api/queues`, { headers: { Cookie: cookie } });
    const body = (await api.json()) as { queues: { name: string }[] };
    expect(body.queues.map((q) => q.name).sort()).toEqual([
      "notifications",
      "payments",
      "reports",
      "sandbox",
    ]);
  });

  it("refuses other shops' owners and anyone signed out", async () => {
    const cookie = await login(server.url, otherShop.owner.email, otherShop.owner.password);
    const forbidden = await fetch(`${server.url}/merchant/queues/api/queues`, {
      headers: { Cookie: cookie },
    });
    expect(forbidden.status).toBe(403);
    const anonymous = await fetch(`${server.url}/merchant/queues/api/queues`, { redirect: "manual" });
    expect(anonymous.status).toBe(303);
  });
});
