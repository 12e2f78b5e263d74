import type { MerchantMenu, MerchantMenuItem } from "@tabletap/shared";
import { PNG } from "pngjs";
import { type CallResult, call } from "./tables.js";
import type { TestServer } from "./test-server.js";

export type ApiFailure = { error: { code: string; message: string } };

/** The console's view of the menu, hidden items included. */
export async function merchantMenu(server: TestServer, cookie: string): Promise<MerchantMenu> {
  const result = await call<MerchantMenu>(server, "GET", "/api/merchant/menu", { cookie });
  if (result.status !== 200) throw new Error(`GET /api/merchant/menu: ${result.status}`);
  return result.body;
}

export function itemIn(menu: MerchantMenu, name: string): MerchantMenuItem {
  const item = menu.categories.flatMap((category) => category.items).find((i) => i.name === name);
  if (!item) throw new Error(`no item ${name}`);
  return item;
}

export async function created(result: Promise<CallResult<unknown>>): Promise<string> {
  const { status, body } = await result;
  if (status !== 201) throw new Error(`expected 201, got ${status}: ${JSON.stringify(body)}`);
  return (body as { id: string }).id;
}

export const addCategory = (server: TestServer, cookie: string, name: string) =>
  created(call(server, "POST", "/api/merchant/menu/categories", { cookie, body: { name } }));

export const addItem = (
  server: TestServer,
  cookie: string,
  body: { categoryId: string; name: string; price: number; description?: string },
) => created(call(server, "POST", "/api/merchant/menu/items", { cookie, body }));

export const setSoldOut = (server: TestServer, cookie: string, itemId: string, soldOut: boolean) =>
  call(server, "POST", `/api/merchant/menu/items/${itemId}/sold-out`, { cookie, body: { soldOut } });

/** Uploads bytes as an item photo the way the console does: the file as the body, its own type. */
export async function uploadPhoto(
  server: TestServer,
  cookie: string,
  itemId: string,
  bytes: Uint8Array,
  contentType: string,
): Promise<CallResult<{ url: string; width: number; height: number } & Partial<ApiFailure>>> {
  const response = await fetch(`${server.url}/api/merchant/menu/items/${itemId}/photo`, {
    method: "PUT",
    headers: { Cookie: cookie, "Content-Type": contentType },
    body: new Uint8Array(bytes),
  });
  return { status: response.status, body: await response.json() };
}

/** A real PNG with a colour gradient, so it does not compress to nothing. */
export function pngImage(width: number, height: number): Buffer {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = (y * width + x) * 4;
      png.data[i] = (x * 255) / width;
      png.data[i + 1] = (y * 255) / height;
      png.data[i + 2] = 160;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}
