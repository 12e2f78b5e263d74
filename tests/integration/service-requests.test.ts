import type {
  MerchantServiceRequests,
  ServiceRequest,
  ServiceRequestSettings,
  TableService,
} from "@tabletap/shared";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getJson, login, postJson } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import {
  connected,
  connectMerchant,
  type DinerSocket,
  type MerchantSocket,
  record,
} from "../support/sockets.js";
import { signedInStaff } from "../support/staff.js";
import { connectTable } from "../support/table-cart.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
let shop: TestShop;
let other: TestShop;
let cookie: string;
let otherCookie: string;
const sockets: (DinerSocket | MerchantSocket)[] = [];

beforeAll(async () => {
  server = await startTestServer();
  [shop, other] = await Promise.all([createTestShop(server), createTestShop(server)]);
  [cookie, otherCookie] = await Promise.all([
    login(server.url, shop.owner.email, shop.owner.password),
    login(server.url, other.owner.email, other.owner.password),
  ]);
});
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.disconnect();
});
afterAll(() => server?.stop());

type Answer<T> = T & { error?: { code: string; message: string } };

const tokenOf = (label: string, at: TestShop = shop) => at.tables.find((t) => t.label === label)?.token ?? "";
const tableIdOf = (label: string, at: TestShop = shop) => at.tables.find((t) => t.label === label)?.id ?? "";

const call = (token: string, body: unknown) =>
  postJson<Answer<ServiceRequest>>(`${server.url}/api/tables/${token}/service-requests`, body);
const acknowledge = (id: string, staffCookie = cookie) =>
  postJson<Answer<ServiceRequest>>(
    `${server.url}/api/merchant/service-requests/${id}/acknowledge`,
    {},
    { Cookie: staffCookie },
  );
const openCalls = async (staffCookie = cookie) =>
  (
    await getJson<MerchantServiceRequests>(`${server.url}/api/merchant/service-requests`, {
      Cookie: staffCookie,
    })
  ).body.requests;
const putSettings = (body: unknown, staffCookie = cookie) =>
  fetch(`${server.url}/api/merchant/service-requests/settings`, {
    method: "PUT",
    headers: { "Content-Type": "application/json", Cookie: staffCookie },
    body: JSON.stringify(body),
  });
const rowsOf = (tableId: string) =>
  server.db.selectFrom("serviceRequests").selectAll().where("tableId", "=", tableId).execute();

async function board(staffCookie = cookie): Promise<MerchantSocket> {
  const socket = connectMerchant(server.url, staffCookie);
  sockets.push(socket);
  await connected(socket);
  return socket;
}
async function phone(token: string): Promise<DinerSocket> {
  const socket = connectTable(server.url, token);
  sockets.push(socket);
  await connected(socket);
  return socket;
}

/** The escalation job queued with a call: its outbox row, and the BullMQ job once dispatched. */
async function escalationOf(requestId: string) {
  const rows = await server.db
    .selectFrom("outbox")
    .selectAll()
    .where("name", "=", "service-request.escalate")
    .execute();
  const row = rows.find((r) => (JSON.parse(r.payload) as { requestId: string }).requestId === requestId);
  if (!row) throw new Error(`no escalation queued for ${requestId}`);
  return row;
}

/** Lets a queued escalation's minutes pass at once: the same job, through the worker, as it would run. */
async function runEscalationNow(requestId: string): Promise<void> {
  const { id } = await escalationOf(requestId);
  const deadline = Date.now() + 10_000;
  for (;;) {
    const job = await server.queues.notifications.getJob(id);
    if (job && (await job.isDelayed())) {
      await job.promote();
      break;
    }
    if (Date.now() > deadline) throw new Error("the escalation job never reached BullMQ");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const until = Date.now() + 15_000;
  while ((await escalationOf(requestId)).completedAt === null) {
    if (Date.now() > until) throw new Error("the escalation job never finished");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("a table calls staff", () => {
  it("offers the default list to a new shop, and the call reaches the board and every phone at the table", async () => {
    const service = await getJson<TableService>(`${server.url}/api/tables/${tokenOf("T1")}/service-requests`);
    expect(service.status).toBe(200);
    expect(service.body.kinds.map((kind) => kind.id)).toEqual(["help", "water", "cutlery", "bill"]);

    const staffBoard = record<ServiceRequest>(await board(), "service-request:created");
    const otherBoard = record<ServiceRequest>(await board(otherCookie), "service-request:created");
    const phones = await Promise.all([phone(tokenOf("T1")), phone(tokenOf("T1"))]);
    const heard = phones.map((socket) => record<ServiceRequest>(socket, "service-request:updated"));
    const elsewhere = record<ServiceRequest>(await phone(tokenOf("T2")), "service-request:updated");

    const sent = await call(tokenOf("T1"), { kind: "water" });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({
      tableId: tableIdOf("T1"),
      tableLabel: "T1",
      kind: "water",
      name: "Water",
      status: "open",
      urgent: false,
      acknowledgedAt: null,
    });
    expect(await staffBoard.next((r) => r.id === sent.body.id)).toEqual(sent.body);
    for (const phoneHeard of heard)
      expect(await phoneHeard.next((r) => r.id === sent.body.id)).toEqual(sent.body);
    expect((await openCalls()).map((r) => r.id)).toContain(sent.body.id);

    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(otherBoard.events).toEqual([]);
    expect(elsewhere.events).toEqual([]);
    expect(await openCalls(otherCookie)).toEqual([]);
  });

  it("answers a second tap with the open call instead of adding one, even when phones race", async () => {
    const token = tokenOf("T2");
    const taps = await Promise.all(Array.from({ length: 5 }, () => call(token, { kind: "bill" })));
    expect(taps.map((tap) => tap.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(taps.map((tap) => tap.body.id)).size).toBe(1);
    expect((await rowsOf(tableIdOf("T2"))).filter((row) => row.kind === "bill")).toHaveLength(1);

    // Once answered, the same kind can be called again.
    const first = taps[0]?.body.id ?? "";
    expect((await acknowledge(first)).status).toBe(200);
    const again = await call(token, { kind: "bill" });
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(first);
  });

  it("acknowledging tells every phone at the table someone is on the way, once", async () => {
    const token = tokenOf("T3");
    const sent = await call(token, { kind: "help" });
    const phones = await Promise.all([phone(token), phone(token)]);
    const heard = phones.map((socket) => record<ServiceRequest>(socket, "service-request:updated"));
    const staffBoard = record<ServiceRequest>(await board(), "service-request:updated");

    const { staffId, cookie: staffCookie } = await signedInStaff(server, shop.shopId, "staff");
    const answered = await acknowledge(sent.body.id, staffCookie);
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ id: sent.body.id, status: "acknowledged" });
    for (const phoneHeard of heard) {
      expect(await phoneHeard.next((r) => r.id === sent.body.id)).toMatchObject({ status: "acknowledged" });
    }
    expect(await staffBoard.next((r) => r.id === sent.body.id)).toMatchObject({ status: "acknowledged" });
    expect((await openCalls()).map((r) => r.id)).not.toContain(sent.body.id);
    const [row] = (await rowsOf(tableIdOf("T3"))).filter((r) => r.id === sent.body.id);
    expect(row?.acknowledgedBy).toBe(staffId);

    // Again: the same answer, no second event.
    const repeat = await acknowledge(sent.body.id);
    expect(repeat.status).toBe(200);
    expect(repeat.body.acknowledgedAt).toBe(answered.body.acknowledgedAt);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard[0]?.events.filter((r) => r.id === sent.body.id)).toHaveLength(1);

    // The phone's sheet lists it as answered.
    const service = await getJson<TableService>(`${server.url}/api/tables/${token}/service-requests`);
    expect(service.body.requests.find((r) => r.id === sent.body.id)?.status).toBe("acknowledged");
  });

  it("keeps another shop's staff from seeing or answering a call", async () => {
    const sent = await call(tokenOf("T1"), { kind: "cutlery" });
    const refused = await acknowledge(sent.body.id, otherCookie);
    expect(refused.status).toBe(404);
    expect(refused.body.error?.code).toBe("not_found");
    expect((await openCalls(otherCookie)).map((r) => r.id)).not.toContain(sent.body.id);
    expect((await rowsOf(tableIdOf("T1"))).find((r) => r.id === sent.body.id)?.acknowledgedAt).toBeNull();
    // Signed out: nothing.
    expect((await acknowledge(sent.body.id, "")).status).toBe(401);
  });

  it("lets only the shop-settings role edit the list, and diners see the new one", async () => {
    const { cookie: staffCookie } = await signedInStaff(server, other.shopId, "manager");
    const settings: ServiceRequestSettings = {
      kinds: [
        { id: "water", name: "Still water" },
        { id: "napkins", name: "Napkins" },
      ],
      escalateAfterMinutes: 0,
    };
    expect((await putSettings(settings, staffCookie)).status).toBe(403);
    const saved = await putSettings(settings, otherCookie);
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual(settings);
    const service = await getJson<TableService>(
      `${server.url}/api/tables/${tokenOf("T1", other)}/service-requests`,
    );
    expect(service.body.kinds).toEqual(settings.kinds);

    const refused = await call(tokenOf("T1", other), { kind: "bill" });
    expect(refused.status).toBe(422);
    expect(refused.body.error?.code).toBe("unknown_service_kind");
    const napkins = await call(tokenOf("T1", other), { kind: "napkins" });
    expect(napkins.status).toBe(201);
    expect(napkins.body.name).toBe("Napkins");
    // Minutes 0: no escalation is queued.
    await expect(escalationOf(napkins.body.id)).rejects.toThrow();
  });
});

describe("refusals", () => {
  it("refuses the counter, unknown codes and a replaced code, writing nothing", async () => {
    const counter = await call(shop.counterToken, { kind: "water" });
    expect(counter.status).toBe(404);
    expect(counter.body.error?.code).toBe("table_not_found");
    expect((await call("A".repeat(24), { kind: "water" })).status).toBe(404);

    const tableId = tableIdOf("T2", other);
    const oldToken = tokenOf("T2", other);
    const replaced = await postJson(
      `${server.url}/api/merchant/tables/${tableId}/token`,
      {},
      {
        Cookie: otherCookie,
      },
    );
    expect(replaced.status).toBe(200);
    const before = await rowsOf(tableId);
    const refused = await call(oldToken, { kind: "water" });
    const menu = await getJson<Answer<unknown>>(`${server.url}/api/tables/${oldToken}`);
    expect(refused.status).toBe(menu.status);
    expect(refused.body.error).toEqual(menu.body.error);
    expect(refused.body.error?.code).toBe("table_code_replaced");
    const sheet = await getJson<Answer<unknown>>(`${server.url}/api/tables/${oldToken}/service-requests`);
    expect(sheet.body.error?.code).toBe("table_code_replaced");
    expect(await rowsOf(tableId)).toEqual(before);
  });

  it("answers hostile input with a clear 400 and stores nothing", async () => {
    const token = tokenOf("T3", other);
    const tableId = tableIdOf("T3", other);
    const bodies: unknown[] = [
      {},
      { kind: "" },
      { kind: "WATER" },
      { kind: "water\u0000" },
      { kind: "x".repeat(200) },
      { kind: 42 },
      { kind: ["water"] },
      { kind: "water", extra: true },
      "not json",
    ];
    for (const body of bodies) {
      const answer = await call(token, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
    }
    expect(await rowsOf(tableId)).toEqual([]);

    const badSettings: unknown[] = [
      { kinds: [], escalateAfterMinutes: 3 },
      { kinds: Array.from({ length: 9 }, (_, i) => ({ id: `k${i}`, name: "N" })), escalateAfterMinutes: 3 },
      {
        kinds: [
          { id: "a", name: "A" },
          { id: "a", name: "B" },
        ],
        escalateAfterMinutes: 3,
      },
      { kinds: [{ id: "a", name: "" }], escalateAfterMinutes: 3 },
      { kinds: [{ id: "a", name: "A\u0007" }], escalateAfterMinutes: 3 },
      { kinds: [{ id: "a", name: "A" }], escalateAfterMinutes: -1 },
      { kinds: [{ id: "a", name: "A" }], escalateAfterMinutes: 61 },
      { kinds: [{ id: "a", name: "A" }], escalateAfterMinutes: 1.5 },
    ];
    for (const body of badSettings) expect((await putSettings(body)).status, JSON.stringify(body)).toBe(400);
    expect((await acknowledge("not-a-uuid")).status).toBe(404);
    expect((await acknowledge("00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });

  it("limits calls per table code", async () => {
    const limited = await createTestShop(server);
    const token = limited.tables.find((t) => t.label === "T1")?.token ?? "";
    const answers = [];
    for (let i = 0; i < 12; i++) answers.push((await call(token, { kind: "water" })).status);
    expect(answers.slice(0, 10).every((status) => status === 201 || status === 200)).toBe(true);
    expect(answers.slice(10)).toEqual([429, 429]);
    const refused = await call(token, { kind: "help" });
    expect(refused.body.error?.code).toBe("rate_limited");
    // Another table of the same shop is counted on its own.
    const otherTable = limited.tables.find((t) => t.label === "T2")?.token ?? "";
    expect((await call(otherTable, { kind: "help" })).status).toBe(201);
  });
});

describe("escalation", () => {
  it("marks an unanswered call urgent once, through the outbox job", async () => {
    const sent = await call(tokenOf("T2"), { kind: "help" });
    const queued = await escalationOf(sent.body.id);
    expect(queued.delayMs).toBe(3 * 60 * 1000);
    const staffBoard = record<ServiceRequest>(await board(), "service-request:updated");

    await runEscalationNow(sent.body.id);
    const urgent = await staffBoard.next((r) => r.id === sent.body.id);
    expect(urgent).toMatchObject({ status: "open", urgent: true });
    expect((await openCalls()).find((r) => r.id === sent.body.id)?.urgent).toBe(true);
    const [row] = (await rowsOf(tableIdOf("T2"))).filter((r) => r.id === sent.body.id);

    // The same job delivered again changes nothing and announces nothing.
    await server.queues.notifications.add("service-request.escalate", { requestId: sent.body.id });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(staffBoard.events.filter((r) => r.id === sent.body.id)).toHaveLength(1);
    const [after] = (await rowsOf(tableIdOf("T2"))).filter((r) => r.id === sent.body.id);
    expect(after?.escalatedAt).toEqual(row?.escalatedAt);

    // Answered, it is no longer urgent.
    expect((await acknowledge(sent.body.id)).body).toMatchObject({ status: "acknowledged", urgent: false });
  });

  it("does not escalate a call answered in time", async () => {
    const sent = await call(tokenOf("T3"), { kind: "water" });
    const staffBoard = record<ServiceRequest>(await board(), "service-request:updated");
    await acknowledge(sent.body.id);
    await staffBoard.next((r) => r.id === sent.body.id);
    await runEscalationNow(sent.body.id);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(staffBoard.events.filter((r) => r.id === sent.body.id)).toHaveLength(1);
    const [row] = (await rowsOf(tableIdOf("T3"))).filter((r) => r.id === sent.body.id);
    expect(row?.escalatedAt).toBeNull();
  });
});
