import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
let shop: TestShop;

beforeAll(async () => {
  // A longer line than the default, so hashing goes on for a while after the surplus has been refused.
  server = await startTestServer({ env: { PASSWORD_HASH_QUEUE: "12" } });
  shop = await createTestShop(server);
});
afterAll(() => server?.stop());

/** Files go through libuv's threadpool (stat, open, read) exactly like the console's own pages. */
const STATIC_FILE = "/api/docs/swagger-ui.css";

async function timed(path: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${server.url}${path}`);
  await response.arrayBuffer();
  expect(response.status).toBe(200);
  return performance.now() - started;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function wrongLogin(email: string) {
  const started = performance.now();
  const response = await fetch(`${server.url}/api/auth/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, password: "not the password at all" }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    body: (await response.json()) as { error: { code: string; message: string } },
    ms: performance.now() - started,
  };
}

describe("a burst of wrong-password sign-ins from one address", () => {
  it("keeps files and health answering, and refuses the surplus at once with 503 and Retry-After", {
    timeout: 90_000,
  }, async () => {
    for (let i = 0; i < 3; i++) await Promise.all([timed(STATIC_FILE), timed("/api/health")]);
    const baseline: number[] = [];
    for (let i = 0; i < 7; i++) baseline.push(await timed(STATIC_FILE));
    // Generous for a busy shared machine; without the gate a file took tens of seconds here.
    const bound = Math.max(2000, 10 * median(baseline));

    // Under the failed-login limit (50 per address, 10 per address and email): known and unknown emails.
    const emails = Array.from({ length: 45 }, (_, i) =>
      i < 5 ? shop.owner.email : `nobody-${i}-${Date.now()}@example.com`,
    );
    const admitted = server.config.passwordHashing.concurrency + server.config.passwordHashing.maxWaiting;
    let refusedSoFar = 0;
    let allRefused: () => void = () => undefined;
    const surplusRefused = new Promise<void>((resolve) => {
      allRefused = resolve;
    });
    const burst = Promise.all(
      emails.map(async (email) => {
        const answer = await wrongLogin(email);
        if (answer.status === 503 && ++refusedSoFar >= emails.length - admitted) allRefused();
        return { ...answer, at: performance.now() };
      }),
    );
    await Promise.race([surplusRefused, new Promise((resolve) => setTimeout(resolve, 2000))]);
    const underLoad: number[] = [];
    for (let i = 0; i < 5; i++) {
      const [file, health] = await Promise.all([timed(STATIC_FILE), timed("/api/health")]);
      underLoad.push(file, health);
    }
    const sampledUntil = performance.now();
    const answers = await burst;

    // The samples were taken while passwords were still being checked.
    expect(Math.max(...answers.map((a) => a.at))).toBeGreaterThan(sampledUntil);
    expect(Math.max(...underLoad), `baseline median ${median(baseline)} ms`).toBeLessThan(bound);
    for (const answer of answers) expect([401, 503]).toContain(answer.status);
    const refused = answers.filter((a) => a.status === 503);
    const checked = answers.filter((a) => a.status === 401);
    expect(checked.length).toBeGreaterThanOrEqual(admitted);
    expect(refused.length).toBeGreaterThan(0);
    for (const answer of refused) {
      expect(answer.retryAfter).toBe("1");
      expect(answer.body.error.code).toBe("server_busy");
      expect(answer.body.error.message).toMatch(/try again/);
    }
    // Refused at once, not after waiting a turn: every refusal came before the last admitted check.
    const lastChecked = Math.max(...checked.map((a) => a.at));
    for (const answer of refused) expect(answer.at).toBeLessThan(lastChecked);
    for (const answer of checked) expect(answer.body.error.code).toBe("unauthorized");

    // The gate empties again: the owner signs in as usual.
    await expect(login(server.url, shop.owner.email, shop.owner.password)).resolves.toMatch(/^tt\.sid=/);
  });
});
