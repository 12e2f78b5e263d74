import { randomUUID } from "node:crypto";
import type { StaffRole } from "@tabletap/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, placeOrder, postJson } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { addCategory, created, pngImage, uploadPhoto } from "../support/menu.js";
import { signedInStaff } from "../support/staff.js";
import { call } from "../support/tables.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

/**
 * Every documented staff operation × every caller: signed out, staff, manager, owner, and another shop's
 * owner. The expected lowest role is written here by hand, apart from the server's own permission table,
 * so a change to either shows up as a failure; a new documented operation without a row fails too.
 */
const lowestRole: Record<string, StaffRole> = {
  "GET /api/merchant/orders": "staff",
  "POST /api/merchant/orders": "staff",
  "POST /api/merchant/orders/{id}/status": "staff",
  "POST /api/merchant/orders/{id}/approve": "staff",
  "POST /api/merchant/orders/{id}/paid": "staff",
  "GET /api/merchant/orders/{id}/history": "staff",
  "GET /api/merchant/board/settings": "staff",
  "PATCH /api/merchant/board/settings": "manager",
  "GET /api/merchant/shop/settings": "owner",
  "PATCH /api/merchant/shop/settings": "owner",
  "GET /api/merchant/menu": "staff",
  "POST /api/merchant/menu/items/{id}/sold-out": "staff",
  "POST /api/merchant/menu/categories": "manager",
  "PATCH /api/merchant/menu/categories/{id}": "manager",
  "DELETE /api/merchant/menu/categories/{id}": "manager",
  "POST /api/merchant/menu/items": "manager",
  "PATCH /api/merchant/menu/items/{id}": "manager",
  "DELETE /api/merchant/menu/items/{id}": "manager",
  "PUT /api/merchant/menu/items/{id}/photo": "manager",
  "DELETE /api/merchant/menu/items/{id}/photo": "manager",
  "POST /api/merchant/menu/items/{id}/option-groups": "manager",
  "PATCH /api/merchant/menu/option-groups/{id}": "manager",
  "DELETE /api/merchant/menu/option-groups/{id}": "manager",
  "POST /api/merchant/menu/option-groups/{id}/options": "manager",
  "PATCH /api/merchant/menu/options/{id}": "manager",
  "DELETE /api/merchant/menu/options/{id}": "manager",
  "GET /api/merchant/menu/preview": "staff",
  "PUT /api/merchant/menu/translations/{id}": "manager",
  "GET /api/merchant/tables": "staff",
  "POST /api/merchant/tables": "manager",
  "PATCH /api/merchant/tables/settings": "manager",
  "PATCH /api/merchant/tables/{id}": "manager",
  "POST /api/merchant/tables/{id}/token": "manager",
  "GET /api/merchant/tables/{id}/qr.png": "manager",
  "GET /api/merchant/tables/{id}/qr.svg": "manager",
  "POST /api/merchant/tables/{id}/sitting": "staff",
  "DELETE /api/merchant/tables/{id}/sitting": "staff",
  "GET /api/merchant/tabs": "staff",
  "GET /api/merchant/tables/{id}/tab/bill": "staff",
  "POST /api/merchant/tables/{id}/tab/parts": "staff",
  "POST /api/merchant/tables/{id}/tab/close": "manager",
  "GET /api/merchant/coupons": "manager",
  "POST /api/merchant/coupons": "manager",
  "PATCH /api/merchant/coupons/{id}": "manager",
  "GET /api/merchant/ratings": "manager",
  "GET /api/merchant/service-requests": "staff",
  "POST /api/merchant/service-requests/{id}/acknowledge": "staff",
  "GET /api/merchant/service-requests/settings": "owner",
  "PUT /api/merchant/service-requests/settings": "owner",
  "GET /api/merchant/stations": "staff",
  "POST /api/merchant/stations": "manager",
  "PATCH /api/merchant/stations/{id}": "manager",
  "DELETE /api/merchant/stations/{id}": "manager",
  "PUT /api/merchant/stations/{id}/items": "manager",
  "POST /api/merchant/orders/{id}/stations/{stationId}/done": "staff",
  "GET /api/merchant/printers": "staff",
  "POST /api/merchant/printers": "manager",
  "PATCH /api/merchant/printers/{id}": "manager",
  "GET /api/merchant/print-tickets": "staff",
  "POST /api/merchant/print-tickets/{id}/reprint": "staff",
  "GET /api/merchant/reports/sales": "manager",
  "GET /api/merchant/reports/sales.csv": "manager",
  "GET /api/merchant/reports/daily-summaries": "manager",
  "GET /api/merchant/reports/settings": "manager",
  "PATCH /api/merchant/reports/settings": "manager",
  "GET /api/merchant/staff": "owner",
  "POST /api/merchant/staff/invitations": "owner",
  "DELETE /api/merchant/staff/invitations/{id}": "owner",
  "PATCH /api/merchant/staff/{id}": "owner",
  "DELETE /api/merchant/staff/{id}": "owner",
};

/**
 * Actions that are not routes of their own but need a permission beyond their route's: cancelling a paid
 * order refunds it (`payments.refund`), so staff may cancel, but not an order someone paid.
 */
const lowestRoleForAction: Record<string, StaffRole> = {
  "cancel an order paid at the counter (hand the money back)": "manager",
};

const rank: Record<StaffRole, number> = { staff: 0, manager: 1, owner: 2 };
const roles: StaffRole[] = ["staff", "manager", "owner"];

let server: TestServer;
let shop: TestShop;
let other: TestShop;
const cookies = {} as Record<StaffRole, string>;
let otherOwner: string;
/** A real record of the first shop for each kind of `{id}`, so another shop's owner aims at something real. */
let realIds: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer();
  [shop, other] = await Promise.all([createTestShop(server), createTestShop(server)]);
  cookies.owner = await login(server.url, shop.owner.email, shop.owner.password);
  cookies.manager = (await signedInStaff(server, shop.shopId, "manager")).cookie;
  const member = await signedInStaff(server, shop.shopId, "staff");
  cookies.staff = member.cookie;
  otherOwner = await login(server.url, other.owner.email, other.owner.password);

  const owner = cookies.owner;
  const categoryId = await addCategory(server, owner, "Matrix");
  const itemId = shop.item("Tea").id;
  const groupId = await created(
    call(server, "POST", `/api/merchant/menu/items/${itemId}/option-groups`, {
      cookie: owner,
      body: { name: "Ice", minChoices: 0, maxChoices: 1 },
    }),
  );
  const optionId = await created(
    call(server, "POST", `/api/merchant/menu/option-groups/${groupId}/options`, {
      cookie: owner,
      body: { name: "No ice", priceDelta: 0 },
    }),
  );
  const invitation = await call<{ invitation: { id: string } }>(
    server,
    "POST",
    "/api/merchant/staff/invitations",
    {
      cookie: owner,
      body: { email: `invitee-${randomUUID()}@team.test`, role: "staff" },
    },
  );
  expect(invitation.status).toBe(201);
  const stationId = await created(
    call(server, "POST", "/api/merchant/stations", { cookie: owner, body: { name: "Kitchen" } }),
  );
  // Nothing listens on the discard port: the order's ticket stays unprinted, which is all it needs here.
  const printerId = await created(
    call(server, "POST", "/api/merchant/printers", {
      cookie: owner,
      body: { stationId, name: "Pass", host: "127.0.0.1", port: 9 },
    }),
  );
  const order = await placeOrder(server.url, {
    tableToken: shop.tableToken,
    lines: [{ itemId, quantity: 1 }],
  });
  expect(order.status).toBe(201);
  const ticket = await server.db
    .selectFrom("printTickets")
    .select("id")
    .where("orderId", "=", order.body.order.id)
    .executeTakeFirstOrThrow();
  const coupon = await call<{ coupon: { id: string } }>(server, "POST", "/api/merchant/coupons", {
    cookie: owner,
    body: { code: "MATRIX10", kind: "percent", value: 10 },
  });
  expect(coupon.status).toBe(201);
  const couponId = coupon.body.coupon.id;
  const table = shop.tables.find((t) => t.kind === "table");
  if (!table) throw new Error("the test shop has no table");
  const tableCall = await postJson<{ id: string }>(
    `${server.url}/api/tables/${table.token}/service-requests`,
    {
      kind: "water",
    },
  );
  expect(tableCall.status).toBe(201);
  realIds = {
    "/orders/": order.body.order.id,
    "/categories/": categoryId,
    "/items/": itemId,
    // Texts in other languages are written by the id of what they name: a dish here.
    "/translations/": itemId,
    "/option-groups/": groupId,
    "/options/": optionId,
    "/invitations/": invitation.body.invitation.id,
    "/tables/": table.id,
    "/staff/": member.staffId,
    "/coupons/": couponId,
    "/service-requests/": tableCall.body.id,
    "/stations/": stationId,
    "/printers/": printerId,
    "/print-tickets/": ticket.id,
  };
});
afterAll(() => server?.stop());

interface Operation {
  method: string;
  path: string;
}

async function documentedOperations(): Promise<Operation[]> {
  const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(doc.paths)
    .filter(([path]) => path.startsWith("/api/merchant/"))
    .flatMap(([path, item]) =>
      Object.keys(item)
        .filter((method) => ["get", "post", "put", "patch", "delete"].includes(method))
        .map((method) => ({ method: method.toUpperCase(), path })),
    );
}

const key = (op: Operation) => `${op.method} ${op.path}`;

/** `{id}` as a fresh UUID (a caller's own shop has nothing there) or as the first shop's real record. */
function concrete(path: string, ids: "random" | "real"): string {
  return path.replace(/(\/[a-z-]+\/)\{id\}/g, (_match, segment: string) => {
    if (ids === "random") return `${segment}${randomUUID()}`;
    const id = realIds[segment];
    if (!id) throw new Error(`no real record for ${segment}`);
    return `${segment}${id}`;
  });
}

/** Bodies that pass validation, so a call about another shop's record gets as far as looking it up. */
const validBody: Record<string, unknown> = {
  "POST /api/merchant/orders/{id}/status": { status: "accepted" },
  "POST /api/merchant/orders/{id}/paid": { tender: "cash" },
  "POST /api/merchant/menu/items/{id}/sold-out": { soldOut: true },
  "PATCH /api/merchant/menu/categories/{id}": { name: "Taken over" },
  "PATCH /api/merchant/menu/items/{id}": { price: 1 },
  "POST /api/merchant/menu/items/{id}/option-groups": { name: "Taken over", minChoices: 0, maxChoices: 1 },
  "PATCH /api/merchant/menu/option-groups/{id}": { maxChoices: 1 },
  "POST /api/merchant/menu/option-groups/{id}/options": { name: "Taken over" },
  "PATCH /api/merchant/menu/options/{id}": { priceDelta: 1 },
  "PUT /api/merchant/menu/translations/{id}": { translations: { fr: { name: "Taken over" } } },
  "PATCH /api/merchant/tables/{id}": { label: "Taken over" },
  "PATCH /api/merchant/staff/{id}": { role: "manager" },
  "PATCH /api/merchant/coupons/{id}": { paused: true },
  "PATCH /api/merchant/stations/{id}": { name: "Taken over" },
  "PUT /api/merchant/stations/{id}/items": { itemIds: [] },
  "PATCH /api/merchant/printers/{id}": { enabled: false },
  "PUT /api/merchant/service-requests/settings": {
    kinds: [{ id: "water", name: "Water" }],
    escalateAfterMinutes: 3,
  },
};

function send(op: Operation, path: string, cookie?: string) {
  if (op.method === "PUT" && path.endsWith("/photo")) {
    return uploadPhoto(server, cookie ?? "", path.split("/")[5] ?? "", pngImage(8, 8), "image/png");
  }
  const body = validBody[key(op)] ?? (op.method === "GET" || op.method === "DELETE" ? undefined : {});
  return call(server, op.method, path, { ...(cookie ? { cookie } : {}), ...(body ? { body } : {}) });
}

/** Everything the first shop has that a refused call could have changed. */
async function firstShopState() {
  const db = server.db;
  const byShop = (
    table: "orders" | "tables" | "items" | "categories" | "optionGroups" | "staff" | "staffInvitations",
  ) =>
    db
      .selectFrom(table as "orders")
      .selectAll()
      .where("shopId", "=", shop.shopId)
      .orderBy("id")
      .execute();
  return Promise.all([
    byShop("orders"),
    byShop("tables"),
    byShop("items"),
    byShop("categories"),
    byShop("optionGroups"),
    byShop("staff"),
    byShop("staffInvitations"),
    db.selectFrom("tableSittings").selectAll().where("shopId", "=", shop.shopId).orderBy("id").execute(),
    db.selectFrom("coupons").selectAll().where("shopId", "=", shop.shopId).orderBy("id").execute(),
    db.selectFrom("serviceRequests").selectAll().where("shopId", "=", shop.shopId).orderBy("id").execute(),
  ]);
}

describe("permission matrix", () => {
  it("has an expected role for every documented staff operation, and no stale rows", async () => {
    const documented = (await documentedOperations()).map(key).sort();
    expect(documented).toEqual(Object.keys(lowestRole).sort());
  });

  it("answers each role by its permission, and signed-out callers 401", async () => {
    const before = await firstShopState();
    let checked = 0;
    for (const op of await documentedOperations()) {
      const expected = lowestRole[key(op)];
      if (!expected) continue; // reported by the test above
      const anonymous = await send(op, concrete(op.path, "random"));
      expect(anonymous.status, `signed out: ${key(op)}`).toBe(401);
      checked++;
      for (const role of roles) {
        const answer = await send(op, concrete(op.path, "random"), cookies[role]);
        const label = `${role}: ${key(op)} → ${answer.status} ${JSON.stringify(answer.body)}`;
        if (rank[role] < rank[expected]) {
          expect(answer.status, label).toBe(403);
          expect(answer.body, label).toMatchObject({ error: { code: "forbidden" } });
        } else {
          // Let through the permission check: what follows is about the request, not the caller.
          expect([401, 403], label).not.toContain(answer.status);
          expect(answer.status, label).toBeLessThan(500);
        }
        checked++;
      }
    }
    expect(checked).toBe(Object.keys(lowestRole).length * 4);
    // Refusals and requests about records that do not exist changed nothing of the shop's.
    expect(await firstShopState()).toEqual(before);
  });

  it("answers each role by its permission for a refund: cancelling a paid order", async () => {
    const expected = lowestRoleForAction["cancel an order paid at the counter (hand the money back)"];
    if (!expected) throw new Error("no expected role for refunds");
    for (const role of roles) {
      const placed = await placeOrder(server.url, {
        tableToken: shop.tableToken,
        lines: [{ itemId: shop.item("Tea").id, quantity: 1 }],
      });
      const orderId = placed.body.order.id;
      const paid = await call(server, "POST", `/api/merchant/orders/${orderId}/paid`, {
        cookie: cookies.staff,
        body: { tender: "cash" },
      });
      expect(paid.status).toBe(200);
      const answer = await call<{ error?: { code: string } }>(
        server,
        "POST",
        `/api/merchant/orders/${orderId}/status`,
        { cookie: cookies[role], body: { status: "cancelled", refundedAtCounter: true } },
      );
      const label = `${role}: refund → ${answer.status} ${JSON.stringify(answer.body)}`;
      if (rank[role] < rank[expected]) {
        expect(answer.status, label).toBe(403);
        expect(answer.body, label).toMatchObject({ error: { code: "refund_not_allowed" } });
      } else {
        expect(answer.status, label).toBe(200);
        expect(answer.body, label).toMatchObject({
          order: { status: "cancelled", paymentStatus: "refunded" },
        });
      }
    }
  });

  it("answers another shop's owner 404 for every record of this shop, and changes nothing", async () => {
    const before = await firstShopState();
    const aimed = (await documentedOperations()).filter((op) => op.path.includes("{id}"));
    expect(aimed.length).toBeGreaterThanOrEqual(20);
    const answers: string[] = [];
    for (const op of aimed) {
      const answer = await send(op, concrete(op.path, "real"), otherOwner);
      answers.push(
        `${key(op)} → ${answer.status} ${answer.status === 404 ? "" : JSON.stringify(answer.body)}`,
      );
    }
    expect(answers).toEqual(aimed.map((op) => `${key(op)} → 404 `));
    expect(await firstShopState()).toEqual(before);
  });
});
