import type { PushMessage } from "@tabletap/shared";
import { describe, expect, it } from "vitest";
import { findOrderWindow, pageUrl, parsePushMessage, readyNotification } from "./readyNotification";

const origin = "https://order.example.com";
const message: PushMessage = {
  title: "Order #12 is ready",
  body: "Please collect it at the counter.",
  url: `${origin}/orders/ord_123`,
};

describe("readyNotification", () => {
  it("shows the server's title and body, with the app icon, tagged per order", () => {
    expect(readyNotification(JSON.stringify(message), origin)).toEqual({
      title: "Order #12 is ready",
      options: {
        body: "Please collect it at the counter.",
        icon: "/notification-icon.png",
        badge: "/notification-badge.png",
        tag: "order-ready:ord_123",
        data: { url: `${origin}/orders/ord_123` },
      },
    });
  });

  it("gives two pushes for the same order the same tag, and other orders another", () => {
    const again = readyNotification(JSON.stringify({ ...message, title: "Still ready" }), origin);
    const other = readyNotification(JSON.stringify({ ...message, url: `${origin}/orders/ord_456` }), origin);
    expect(again.options.tag).toBe("order-ready:ord_123");
    expect(other.options.tag).toBe("order-ready:ord_456");
  });

  it("still says the order is ready when the push carries no usable body", () => {
    for (const raw of [undefined, "", "not json", "null", "42", JSON.stringify({ title: 7 })]) {
      const shown = readyNotification(raw, origin);
      expect(shown.title).toBe("Your order is ready");
      expect(shown.options.body).toBe("Please collect it at the counter.");
      expect(shown.options.tag).toBe("order-ready");
      expect(shown.options.data.url).toBe(`${origin}/`);
    }
  });
});

describe("parsePushMessage", () => {
  it("keeps only the string fields it knows", () => {
    expect(parsePushMessage(JSON.stringify({ title: "T", body: 3, url: "", extra: "x" }))).toEqual({
      title: "T",
    });
  });
});

describe("pageUrl", () => {
  it("keeps a URL on this origin as it is", () => {
    expect(pageUrl(`${origin}/orders/a?x=1`, origin).href).toBe(`${origin}/orders/a?x=1`);
    expect(pageUrl("/orders/a", origin).href).toBe(`${origin}/orders/a`);
  });

  it("moves another origin's link onto this one, so a tap never leaves the app", () => {
    expect(pageUrl("https://evil.example/orders/a", origin).href).toBe(`${origin}/orders/a`);
    expect(pageUrl("javascript:alert(1)", origin).origin).toBe(origin);
  });

  it("falls back to the start page", () => {
    expect(pageUrl(undefined, origin).href).toBe(`${origin}/`);
    expect(pageUrl("http://[", origin).href).toBe(`${origin}/`);
  });
});

describe("findOrderWindow", () => {
  const target = new URL(`${origin}/orders/ord_123`);

  it("finds the tab showing that order, whatever its query or hash", () => {
    const windows = [{ url: `${origin}/t/table` }, { url: `${origin}/orders/ord_123?paid=1#top` }];
    expect(findOrderWindow(windows, target)).toBe(windows[1]);
  });

  it("ignores other orders and other origins", () => {
    const windows = [{ url: `${origin}/orders/ord_1234` }, { url: "https://other.example/orders/ord_123" }];
    expect(findOrderWindow(windows, target)).toBeUndefined();
  });
});
