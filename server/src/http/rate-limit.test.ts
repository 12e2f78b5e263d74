import { afterEach, describe, expect, it, vi } from "vitest";
import { storeErrorsOnceAMinute } from "./rate-limit.js";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("storeErrorsOnceAMinute", () => {
  it("logs a failing store once a minute per limit, not once per request", () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    let now = 1_000_000;
    const logger = storeErrorsOnceAMinute("orders-address", () => now);
    const down = new Error("Redis is away");
    for (let i = 0; i < 50; i++) logger.error(down, "error from store");
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls[0]?.[0]).toContain("rate limit orders-address");
    now += 59_999;
    logger.error(down);
    expect(logged).toHaveBeenCalledTimes(1);
    now += 1;
    logger.error(down);
    expect(logged).toHaveBeenCalledTimes(2);
  });
});
