import { randomBytes } from "node:crypto";
import type { TableMenu } from "@tabletap/shared";
import sharp from "sharp";
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

/** Whether EXIF data points to a GPS directory: IFD0's tag 0x8825 (GPSInfo) as a LONG, in either byte order. */
const hasGpsDirectory = (exif: Buffer | undefined) =>
  !!exif &&
  (exif.includes(Buffer.from([0x25, 0x88, 0x04, 0x00])) ||
    exif.includes(Buffer.from([0x88, 0x25, 0x00, 0x04])));

describe("hostile photos", () => {
  it("refuses an image over 50 megapixels (decompression bomb) with 415 though its file is small", async () => {
    const lemonade = shop.item("Lemonade");
    // 56 megapixels of one colour: a few hundred kB on the wire, 168 MB once decoded.
    const bomb = await sharp({ create: { width: 8000, height: 7000, channels: 3, background: "#808080" } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const before = await photoRows();
    const refused = await uploadPhoto(server, owner, lemonade.id, bomb, "image/png");
    expect(refused.status).toBe(415);
    expect(refused.body.error?.code).toBe("unsupported_media_type");
    expect(await photoRows()).toEqual(before);
    expect(itemIn(await merchantMenu(server, owner), "Lemonade").photo).toBeNull();
  });

  it("drops EXIF (camera owner, GPS position) and XMP from a photo before storing it", async () => {
    const secret = "secret-owner";
    const photo = await sharp({ create: { width: 320, height: 240, channels: 3, background: "#c87828" } })
      .jpeg()
      .withExif({
        IFD0: { Copyright: secret, Artist: secret },
        // IFD3 is the GPS directory: where the phone was when the picture was taken.
        IFD3: {
          GPSLatitudeRef: "N",
          GPSLatitude: "48/1 51/1 2964/100",
          GPSLongitudeRef: "E",
          GPSLongitude: "2/1 17/1 4021/100",
        },
      })
      .withXmp(
        `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:rights>${secret}</dc:rights></rdf:Description></rdf:RDF></x:xmpmeta>`,
      )
      .toBuffer();
    // The upload really carries what the server must drop.
    const sent = await sharp(photo).metadata();
    expect(sent.exif?.toString("latin1")).toContain(secret);
    expect(hasGpsDirectory(sent.exif)).toBe(true);
    expect(sent.xmp).toBeDefined();

    const uploaded = await uploadPhoto(server, owner, shop.item("Lemonade").id, photo, "image/jpeg");
    expect(uploaded.status).toBe(200);
    const served = Buffer.from(await (await fetch(`${server.url}${uploaded.body.url}`)).arrayBuffer());
    const id = uploaded.body.url.replace(/^.*\/|\.webp$/g, "");
    const stored = await server.db
      .selectFrom("menuPhotos")
      .select("bytes")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(Buffer.from(stored.bytes).equals(served)).toBe(true);
    const kept = await sharp(served).metadata();
    expect(kept).toMatchObject({ format: "webp", width: 320, height: 240 });
    expect(kept.exif).toBeUndefined();
    expect(hasGpsDirectory(served)).toBe(false);
    expect(kept.xmp).toBeUndefined();
    expect(kept.iptc).toBeUndefined();
    expect(served.includes(secret)).toBe(false);
  });
});
