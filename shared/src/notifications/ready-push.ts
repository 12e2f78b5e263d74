/** The languages the diner app speaks; English is the fallback. */
export const dinerLanguages = ["en", "zh-CN"] as const;
export type DinerLanguage = (typeof dinerLanguages)[number];

/**
 * The words of the "order ready" push. The server writes them in the language the diner's page was in when
 * they asked to be told, because the service worker that shows them cannot read the page's choice.
 */
export function readyPushText(
  pickupNumber: number,
  language: DinerLanguage,
): { title: string; body: string } {
  switch (language) {
    case "zh-CN":
      return { title: `${pickupNumber} 号订单已备好`, body: "请到柜台取餐。" };
    case "en":
      return { title: `Order #${pickupNumber} is ready`, body: "Please collect it at the counter." };
  }
}
