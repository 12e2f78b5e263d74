import { randomBytes } from "node:crypto";
import type { TableMenu } from "@tabletap/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJson, login } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { itemIn, merchantMenu, pngImage, uploadPhoto } from "../support/menu.js";
import { call } from "../support/tables.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
let shop: TestShop;
let other: TestShop;
let owner: string;

beforeAll(async () => {
  server = await startTestServer();
  shop = await createTestShop(server);
  other = await createTestShop(server);
  owner = await login(server.url, shop.owner.email, shop.owner.password);
});
afterAll(() => server?.stop());

const photoRows = () => server.db.selectFrom("menuPhotos").select("id").execute();

describe("item photos", () => {
  it("stores a photo scaled to fit, serves it with year-long caching and shows it on the diner menu", async () => {
    const tea = shop.item("Tea");
    const uploaded = await uploadPhoto(server, owner, tea.id, pngImage(2400, 1600), "image/png");
    expect(uploaded.status).toBe(200);
    expect(uploaded.body).toEqual({
      url: expect.stringMatching(/^\/api\/menu-photos\/[0-9a-f]{64}\.webp$/),
      width: 1200,
      height: 800,
    });

    const menu = (await getJson<TableMenu>(`${server.url}/api/tables/${shop.tableToken}`)).body;
    const dinerTea = menu.categories.flatMap((c) => c.items).find((i) => i.id === tea.id);
    expect(dinerTea?.photo).toEqual(uploaded.body);

    const image = await fetch(`${server.url}${uploaded.body.url}`);
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/webp");
    expect(image.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const bytes = Buffer.from(await image.arrayBuffer());
    expect(bytes.subarray(8, 12).toString("ascii")).toBe("WEBP");
    const etag = image.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    const again = await fetch(`${server.url}${uploaded.body.url}`, { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
  });

  it("replacing or removing a photo drops the old one", async () => {
    const dumplings = shop.item("Dumplings");
    const first = await uploadPhoto(server, owner, dumplings.id, pngImage(300, 200), "image/png");
    const second = await uploadPhoto(server, owner, dumplings.id, pngImage(200, 300), "image/png");
    expect(second.body.height).toBe(300);
    expect((await fetch(`${server.url}${first.body.url}`)).status).toBe(404);
    expect(
      (await call(server, "DELETE", `/api/merchant/menu/items/${dumplings.id}/photo`, { cookie: owner }))
        .status,
    ).toBe(204);
    expect(itemIn(await merchantMenu(server, owner), "Dumplings").photo).toBeNull();
    expect((await fetch(`${server.url}${second.body.url}`)).status).toBe(404);
  });

  it("refuses files over 2 MB (413), non-images whatever their name or type (415) and empty bodies", async () => {
    const latte = shop.item("Latte");
    const before = await photoRows();
    const refusals: [Uint8Array, string, number, string][] = [
      [randomBytes(2 * 1024 * 1024 + 1), "image/jpeg", 413, "payload_too_large"],
      [Buffer.from("just some text, named photo.jpg"), "image/jpeg", 415, "unsupported_media_type"],
      [
        Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
        ),
        "image/svg+xml",
        415,
        "unsupported_media_type",
      ],
      // A real PNG cut short.
      [pngImage(64, 64).subarray(0, 200), "image/png", 415, "unsupported_media_type"],
      [new Uint8Array(0), "image/png", 400, "bad_request"],
    ];
    for (const [bytes, type, status, code] of refusals) {
      const result = await uploadPhoto(server, owner, latte.id, bytes, type);
      expect(result.status, code).toBe(status);
      expect(result.body.error?.code).toBe(code);
      expect(result.body.error?.message).toMatch(/\S/);
    }
    expect(await photoRows()).toEqual(before);
    expect(itemIn(await merchantMenu(server, owner), "Latte").photo).toBeNull();
  });

  it("accepts an image sent under another name and type: the content decides", async () => {
    const result = await uploadPhoto(
      server,
      owner,
      shop.item("Latte").id,
      pngImage(40, 40),
      "application/octet-stream",
    );
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ width: 40, height: 40 });
  });

  it("answers 404 for another shop's item and for unknown photos", async () => {
    const result = await uploadPhoto(server, owner, other.item("Tea").id, pngImage(10, 10), "image/png");
    expect(result.status).toBe(404);
    expect(
      itemIn(
        await merchantMenu(server, await login(server.url, other.owner.email, other.owner.password)),
        "Tea",
      ).photo,
    ).toBeNull();
    expect((await fetch(`${server.url}/api/menu-photos/${"0".repeat(64)}.webp`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/menu-photos/..%2F..%2Fetc.webp`)).status).toBe(404);
  });
});
