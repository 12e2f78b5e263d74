import { afterEach, describe, expect, it, vi } from "vitest";
import { randomId } from "./random-id.js";

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("randomId", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("builds a version 4 UUID from random bytes outside a secure context", () => {
    vi.stubGlobal("isSecureContext", false);
    const spy = vi.spyOn(crypto, "randomUUID");
    const ids = new Set(Array.from({ length: 200 }, () => randomId()));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(uuidV4);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it("uses the platform's UUID in a secure context", () => {
    vi.stubGlobal("isSecureContext", true);
    const spy = vi.spyOn(crypto, "randomUUID");
    expect(randomId()).toMatch(uuidV4);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
});
