import type { StaffRole } from "@tabletap/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { addCategory, addItem, merchantMenu, pngImage, uploadPhoto } from "../support/menu.js";
import { signedInStaff } from "../support/staff.js";
import { type CallResult, call } from "../support/tables.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
let shop: TestShop;
let owner: string;
const cookies = {} as Record<StaffRole, string>;
const roles: StaffRole[] = ["owner", "manager", "staff"];

beforeAll(async () => {
  server = await startTestServer();
  shop = await createTestShop(server);
  owner = await login(server.url, shop.owner.email, shop.owner.password);
  cookies.owner = owner;
  cookies.manager = (await signedInStaff(server, shop.shopId, "manager")).cookie;
  cookies.staff = (await signedInStaff(server, shop.shopId, "staff")).cookie;
});
afterAll(() => server?.stop());

/** Fresh records for each attempt, made by the owner, so every allowed call has something to act on. */
async function fixture() {
  const categoryId = await addCategory(server, owner, `Matrix ${Math.random().toString(36).slice(2, 8)}`);
  const emptyCategoryId = await addCategory(server, owner, "Empty");
  const itemId = await addItem(server, owner, { categoryId, name: "Matrix item", price: 1000 });
  const group = await call<{ id: string }>(
    server,
    "POST",
    `/api/merchant/menu/items/${itemId}/option-groups`,
    {
      cookie: owner,
      body: { name: "Size", minChoices: 0, maxChoices: 1 },
    },
  );
  const option = await call<{ id: string }>(
    server,
    "POST",
    `/api/merchant/menu/option-groups/${group.body.id}/options`,
    {
      cookie: owner,
      body: { name: "Large", priceDelta: 100 },
    },
  );
  return { categoryId, emptyCategoryId, itemId, groupId: group.body.id, optionId: option.body.id };
}
type Fixture = Awaited<ReturnType<typeof fixture>>;

const json =
  (method: string, path: (f: Fixture) => string, body?: (f: Fixture) => unknown) =>
  (f: Fixture, cookie: string): Promise<CallResult<unknown>> =>
    call(server, method, path(f), { cookie, body: body?.(f) });

const endpoints: {
  name: string;
  everyone: boolean;
  send: (f: Fixture, cookie: string) => Promise<CallResult<unknown>>;
}[] = [
  { name: "GET menu", everyone: true, send: json("GET", () => "/api/merchant/menu") },
  {
    name: "POST item sold-out",
    everyone: true,
    send: json(
      "POST",
      (f) => `/api/merchant/menu/items/${f.itemId}/sold-out`,
      () => ({ soldOut: true }),
    ),
  },
  {
    name: "POST category",
    everyone: false,
    send: json(
      "POST",
      () => "/api/merchant/menu/categories",
      () => ({ name: "New" }),
    ),
  },
  {
    name: "PATCH category",
    everyone: false,
    send: json(
      "PATCH",
      (f) => `/api/merchant/menu/categories/${f.categoryId}`,
      () => ({ name: "Renamed", position: 0 }),
    ),
  },
  {
    name: "DELETE category",
    everyone: false,
    send: json("DELETE", (f) => `/api/merchant/menu/categories/${f.emptyCategoryId}`),
  },
  {
    name: "POST item",
    everyone: false,
    send: json(
      "POST",
      () => "/api/merchant/menu/items",
      (f) => ({ categoryId: f.categoryId, name: "X", price: 1 }),
    ),
  },
  {
    name: "PATCH item",
    everyone: false,
    send: json(
      "PATCH",
      (f) => `/api/merchant/menu/items/${f.itemId}`,
      () => ({ price: 1, hidden: true }),
    ),
  },
  {
    name: "DELETE item",
    everyone: false,
    send: json("DELETE", (f) => `/api/merchant/menu/items/${f.itemId}`),
  },
  {
    name: "PUT item photo",
    everyone: false,
    send: (f, cookie) => uploadPhoto(server, cookie, f.itemId, pngImage(8, 8), "image/png"),
  },
  {
    name: "DELETE item photo",
    everyone: false,
    send: json("DELETE", (f) => `/api/merchant/menu/items/${f.itemId}/photo`),
  },
  {
    name: "POST option group",
    everyone: false,
    send: json(
      "POST",
      (f) => `/api/merchant/menu/items/${f.itemId}/option-groups`,
      () => ({
        name: "Milk",
        minChoices: 0,
        maxChoices: 1,
      }),
    ),
  },
  {
    name: "PATCH option group",
    everyone: false,
    send: json(
      "PATCH",
      (f) => `/api/merchant/menu/option-groups/${f.groupId}`,
      () => ({ maxChoices: 2 }),
    ),
  },
  {
    name: "DELETE option group",
    everyone: false,
    send: json("DELETE", (f) => `/api/merchant/menu/option-groups/${f.groupId}`),
  },
  {
    name: "POST option",
    everyone: false,
    send: json(
      "POST",
      (f) => `/api/merchant/menu/option-groups/${f.groupId}/options`,
      () => ({ name: "Oat" }),
    ),
  },
  {
    name: "PATCH option",
    everyone: false,
    send: json(
      "PATCH",
      (f) => `/api/merchant/menu/options/${f.optionId}`,
      () => ({ priceDelta: 200 }),
    ),
  },
  {
    name: "DELETE option",
    everyone: false,
    send: json("DELETE", (f) => `/api/merchant/menu/options/${f.optionId}`),
  },
];

describe("menu permissions", () => {
  const matrix = endpoints.flatMap((endpoint) =>
    roles.map((role) => [endpoint.name, role, endpoint] as const),
  );

  it.each(matrix)("%s as %s", async (_name, role, endpoint) => {
    const f = await fixture();
    const before = await merchantMenu(server, owner);
    const result = await endpoint.send(f, cookies[role]);
    const allowed = endpoint.everyone || role !== "staff";
    if (allowed) {
      expect(result.status, JSON.stringify(result.body)).toBeGreaterThanOrEqual(200);
      expect(result.status).toBeLessThan(300);
    } else {
      expect(result.status).toBe(403);
      expect(result.body).toMatchObject({ error: { code: "forbidden" } });
      expect(await merchantMenu(server, owner)).toEqual(before);
    }
  });

  it("refuses every menu endpoint without a session", async () => {
    const f = await fixture();
    for (const endpoint of endpoints) {
      const result = await endpoint.send(f, "");
      expect(result.status, endpoint.name).toBe(401);
    }
  });
});
