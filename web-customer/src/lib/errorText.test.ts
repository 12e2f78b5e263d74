import { errorCodes } from "@tabletap/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { i18n } from "../features/language/i18n";
import en from "../features/language/locales/en.json";
import zhCN from "../features/language/locales/zh-CN.json";
import { ApiRequestError } from "./api";
import { errorText, staffOnlyErrorCodes } from "./errorText";

const staffOnly = new Set<string>(staffOnlyErrorCodes);
const dinerCodes = [...errorCodes.filter((code) => !staffOnly.has(code)), "network"];
const han = /\p{Script=Han}/u;
const latinWords = /[A-Za-z]{2,}\s+[A-Za-z]{2,}/;

async function inLanguage<T>(language: "en" | "zh-CN", read: () => T): Promise<T> {
  await i18n.changeLanguage(language);
  return read();
}

describe("the diner's words for server refusals", () => {
  beforeAll(() => i18n.changeLanguage("en"));
  afterAll(() => i18n.changeLanguage("en"));

  it("every error code a diner can meet has its own words in English and Chinese", async () => {
    // Codes only staff routes answer are listed on purpose; every other code must be worded.
    expect(staffOnlyErrorCodes.every((code) => (errorCodes as readonly string[]).includes(code))).toBe(true);
    expect(Object.keys(en.serverErrors).sort()).toEqual([...dinerCodes].sort());
    expect(Object.keys(zhCN.serverErrors).sort()).toEqual([...dinerCodes].sort());
    const english = await inLanguage("en", () => dinerCodes.map((code) => errorText({ code })));
    const chinese = await inLanguage("zh-CN", () => dinerCodes.map((code) => errorText({ code })));
    dinerCodes.forEach((code, index) => {
      expect(english[index], code).toBe(en.serverErrors[code as keyof typeof en.serverErrors]);
      expect(chinese[index], code).toMatch(han);
      expect(chinese[index], code).not.toMatch(latinWords);
    });
  });

  it("codes only staff meet, and codes the app does not know, fall back to the generic sentence", async () => {
    for (const code of [...staffOnlyErrorCodes, "some_future_code"]) {
      expect(await inLanguage("zh-CN", () => errorText({ code }))).toBe(zhCN.serverErrors.internal);
      expect(await inLanguage("en", () => errorText({ code }))).toBe(en.serverErrors.internal);
    }
  });

  it("names the dish the server says is sold out or gone, in the diner's language", async () => {
    const soldOut = { code: "sold_out", details: { line: 0, itemId: "x", name: "Flat White" } };
    expect(await inLanguage("en", () => errorText(soldOut))).toBe(
      "Sorry, Flat White is sold out. Please remove it and order again.",
    );
    expect(await inLanguage("zh-CN", () => errorText(soldOut))).toBe(
      "抱歉，Flat White 已售罄，请删除后重新下单。",
    );
    const gone = { code: "item_unavailable", details: { name: "Lemonade" } };
    expect(await inLanguage("zh-CN", () => errorText(gone))).toBe(
      "抱歉，Lemonade 已不在菜单上，请删除后重新下单。",
    );
    // Without a name (an older server, a socket refusal) the sentence still stands on its own.
    expect(await inLanguage("zh-CN", () => errorText({ code: "sold_out", details: { line: 0 } }))).toBe(
      zhCN.serverErrors.sold_out,
    );
  });

  it("a coupon's minimum spend is the shop's money; its start date is in the UI language on the shop's clock", async () => {
    const minSpend = {
      code: "coupon_min_spend",
      details: { minSpend: 5000, currency: "CNY", locale: "zh-CN" },
    };
    expect(await inLanguage("en", () => errorText(minSpend))).toBe(
      "This code needs an order of at least ¥50.00.",
    );
    expect(await inLanguage("zh-CN", () => errorText(minSpend))).toBe("此优惠码需订单满 ¥50.00 才能使用。");
    // 2026-12-02 01:30 UTC is still December 1st in New York.
    const notStarted = {
      code: "coupon_not_started",
      details: { startsAt: "2026-12-02T01:30:00.000Z", timeZone: "America/New_York" },
    };
    const english = await inLanguage("en", () => errorText(notStarted));
    expect(english).toContain("Dec 1, 2026");
    expect(english).not.toMatch(han);
    const chinese = await inLanguage("zh-CN", () => errorText(notStarted));
    expect(chinese).toContain("2026年12月1日");
    expect(chinese).not.toMatch(latinWords);
  });

  it("an API refusal carries the diner's words as its message and keeps the server's for debugging", async () => {
    await i18n.changeLanguage("zh-CN");
    const refusal = new ApiRequestError(422, "coupon_expired", "Sorry, this code has expired.");
    expect(refusal.message).toBe("抱歉，此优惠码已过期。");
    expect(refusal.serverMessage).toBe("Sorry, this code has expired.");
    expect(new ApiRequestError(0, "network").message).toBe(zhCN.serverErrors.network);
  });
});
