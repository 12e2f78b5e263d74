import type { PushMessage } from "@tabletap/shared";

/** The push a diner's phone shows when the kitchen calls the order; a tap opens the order page. */
export function readyPushMessage(
  order: { id: string; pickupNumber: number },
  publicUrl: string,
): PushMessage {
  return {
    title: `Order #${order.pickupNumber} is ready`,
    body: "Please collect it at the counter.",
    url: `${publicUrl}/orders/${order.id}`,
  };
}
