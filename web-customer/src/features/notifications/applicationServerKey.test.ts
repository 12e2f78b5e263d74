import { describe, expect, it } from "vitest";
import { base64UrlToBytes, isSameKey } from "./applicationServerKey";

describe("base64UrlToBytes", () => {
  it("decodes the URL-safe alphabet without padding, as VAPID keys are sent", () => {
    const bytes = Uint8Array.from([0xfb, 0xff, 0xbf, 0x04, 0x00]);
    const text = Buffer.from(bytes).toString("base64url");
    expect(text).toBe("-_-_BAA");
    expect([...base64UrlToBytes(text)]).toEqual([...bytes]);
  });

  it("turns a P-256 public key into its 65 uncompressed bytes", () => {
    const key = "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM";
    const bytes = base64UrlToBytes(key);
    expect(bytes).toHaveLength(65);
    expect(bytes[0]).toBe(0x04);
    expect(Buffer.from(bytes).toString("base64url")).toBe(key);
  });

  it("accepts keys that still carry their padding", () => {
    expect([...base64UrlToBytes("AQI=")]).toEqual([1, 2]);
  });
});

describe("isSameKey", () => {
  const key = Uint8Array.from([4, 1, 2, 3]);

  it("matches a subscription made for the same key", () => {
    expect(isSameKey(Uint8Array.from([4, 1, 2, 3]).buffer, key)).toBe(true);
  });

  it("rejects another key, a different length, or a subscription without one", () => {
    expect(isSameKey(Uint8Array.from([4, 1, 2, 9]).buffer, key)).toBe(false);
    expect(isSameKey(Uint8Array.from([4, 1, 2]).buffer, key)).toBe(false);
    expect(isSameKey(null, key)).toBe(false);
  });
});
