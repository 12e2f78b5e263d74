import { type PlacedOrder, placeOrder, postJson, setStatus } from "./api.js";
import type { TestShop } from "./fixtures.js";

/** Places an order from the shop's first table and returns it with its token. */
export async function placedOrder(
  baseUrl: string,
  shop: TestShop,
  lines: { itemId: string; quantity: number; optionIds?: string[] }[],
): Promise<PlacedOrder> {
  const placed = await placeOrder(baseUrl, { tableToken: shop.tableToken, lines });
  if (placed.status !== 201) throw new Error(`order refused: ${JSON.stringify(placed.body)}`);
  return placed.body;
}

/** Moves an order through the kitchen to `completed` (and, when asked, takes a counter payment first). */
export async function completeOrder(
  baseUrl: string,
  cookie: string,
  orderId: string,
  options: { paidBy?: "cash" | "card" } = {},
): Promise<void> {
  if (options.paidBy) {
    const paid = await postJson(
      `${baseUrl}/api/merchant/orders/${orderId}/paid`,
      { tender: options.paidBy },
      { Cookie: cookie },
    );
    if (paid.status !== 200) throw new Error(`paid refused: ${paid.status} ${JSON.stringify(paid.body)}`);
  }
  for (const status of ["accepted", "preparing", "ready", "completed"]) {
    const moved = await setStatus(baseUrl, cookie, orderId, status);
    if (moved.status !== 200) throw new Error(`${status} refused: ${JSON.stringify(moved.body)}`);
  }
}
