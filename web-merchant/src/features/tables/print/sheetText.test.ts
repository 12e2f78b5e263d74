import { describe, expect, it } from "vitest";
import { cardText, sheetLanguage } from "./sheetText";

describe("QR sheet text", () => {
  it("speaks the shop's language, whatever the region or spelling of its locale", () => {
    expect(cardText("zh-CN", { kind: "table", label: "T1" })).toEqual({
      title: "T1 号桌",
      instruction: "扫码查看菜单，用手机点餐",
    });
    expect(cardText("zh_TW", { kind: "counter", label: "Counter" }).title).toBe("外带自取");
    expect(cardText("en-GB", { kind: "table", label: "Patio 2" })).toEqual({
      title: "Table Patio 2",
      instruction: "Scan to see the menu and order from your phone",
    });
  });

  it("falls back to English for languages it has no words in", () => {
    expect(sheetLanguage("de-DE").lang).toBe("en");
    expect(cardText("", { kind: "counter", label: "Counter" }).instruction).toBe(
      "Scan to order takeaway from your phone",
    );
  });
});
