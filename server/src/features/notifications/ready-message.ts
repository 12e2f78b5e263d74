import { type DinerLanguage, dinerLanguages, type PushMessage, readyPushText } from "@tabletap/shared";

/** The push a diner's phone shows when the kitchen calls the order; a tap opens the order page. */
export function readyPushMessage(
  order: { id: string; pickupNumber: number },
  publicUrl: string,
  language: string,
): PushMessage {
  const known = (dinerLanguages as readonly string[]).includes(language) ? (language as DinerLanguage) : "en";
  return { ...readyPushText(order.pickupNumber, known), url: `${publicUrl}/orders/${order.id}` };
}
