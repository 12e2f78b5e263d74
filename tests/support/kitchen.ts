import type { Order, Printer, PrinterEncoding, PrintTicket, Station } from "@tabletap/shared";
import { type JsonResponse, placeOrder, postJson } from "./api.js";
import type { FakePrinter } from "./fake-printer.js";
import type { TestShop } from "./fixtures.js";

type Answer<T> = T & { error?: { code: string; message: string } };

const send = async <T>(
  url: string,
  method: string,
  cookie: string,
  body?: unknown,
): Promise<JsonResponse<Answer<T>>> => {
  const response = await fetch(url, {
    method,
    headers: { "Content-Type": "application/json", Cookie: cookie },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: (text ? JSON.parse(text) : undefined) as Answer<T>,
    headers: response.headers,
  };
};

/** Staff calls on the kitchen's routes, as a signed-in member of staff. */
export function kitchenApi(baseUrl: string, cookie: string) {
  const at = (path: string) => `${baseUrl}/api/merchant${path}`;
  return {
    stations: () => send<{ stations: Station[] }>(at("/stations"), "GET", cookie),
    createStation: (body: unknown) => send<Station>(at("/stations"), "POST", cookie, body),
    updateStation: (id: string, body: unknown) => send<Station>(at(`/stations/${id}`), "PATCH", cookie, body),
    deleteStation: (id: string) => send<{ stations: Station[] }>(at(`/stations/${id}`), "DELETE", cookie),
    routeItems: (id: string, itemIds: string[]) =>
      send<Station>(at(`/stations/${id}/items`), "PUT", cookie, { itemIds }),
    printers: () => send<{ printers: Printer[] }>(at("/printers"), "GET", cookie),
    createPrinter: (body: unknown) => send<Printer>(at("/printers"), "POST", cookie, body),
    updatePrinter: (id: string, body: unknown) => send<Printer>(at(`/printers/${id}`), "PATCH", cookie, body),
    tickets: () => send<{ tickets: PrintTicket[] }>(at("/print-tickets"), "GET", cookie),
    reprint: (id: string) => send<PrintTicket>(at(`/print-tickets/${id}/reprint`), "POST", cookie),
    bump: (orderId: string, stationId: string) =>
      send<{ order: Order }>(at(`/orders/${orderId}/stations/${stationId}/done`), "POST", cookie),
    board: (query = "") => send<{ orders: Order[]; lastSeq: number }>(at(`/orders${query}`), "GET", cookie),
    setStatus: (orderId: string, status: string) =>
      postJson<{ order: Order }>(at(`/orders/${orderId}/status`), { status }, { Cookie: cookie }),
  };
}

export type KitchenApi = ReturnType<typeof kitchenApi>;

/**
 * A kitchen (the default station: food) and a bar (the drinks), each with a fake printer: the kitchen's
 * set to GB18030 as Chinese-market printers are, the bar's to a single-byte code page.
 */
export async function setUpKitchen(
  api: KitchenApi,
  shop: TestShop,
  printers: { kitchen: FakePrinter; bar: FakePrinter },
  encodings: { kitchen: PrinterEncoding; bar: PrinterEncoding } = { kitchen: "gb18030", bar: "cp858" },
) {
  const kitchen = (await api.createStation({ name: "Kitchen" })).body;
  const bar = (await api.createStation({ name: "Bar" })).body;
  const drinks = shop.menu.categories.find((category) => category.name === "Drinks")?.items ?? [];
  await api.routeItems(
    bar.id,
    drinks.map((item) => item.id),
  );
  const printer = (stationId: string, fake: FakePrinter, encoding: PrinterEncoding) =>
    api.createPrinter({ stationId, name: "Printer", host: "127.0.0.1", port: fake.port, encoding });
  const kitchenPrinter = (await printer(kitchen.id, printers.kitchen, encodings.kitchen)).body;
  const barPrinter = (await printer(bar.id, printers.bar, encodings.bar)).body;
  return { kitchen, bar, kitchenPrinter, barPrinter };
}

/** A table's order of a latte and dumplings (one line for each station), with a note in Chinese. */
export const mixedOrder = (baseUrl: string, shop: TestShop, note = "不要辣") =>
  placeOrder(baseUrl, {
    tableToken: shop.tableToken,
    lines: [
      { itemId: shop.item("Latte").id, quantity: 2, optionIds: [shop.option("Latte", "Regular")] },
      { itemId: shop.item("Dumplings").id, quantity: 1, optionIds: [] },
    ],
    note,
  });
