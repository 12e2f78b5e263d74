import { describe, expect, it } from "vitest";
import { localDay } from "./time.js";

describe("localDay", () => {
  it("is the shop's calendar day, not the server's", () => {
    const instant = Date.UTC(2026, 2, 1, 17, 30); // 1 March 17:30 UTC
    expect(localDay(instant, "Asia/Shanghai")).toBe("2026-03-02");
    expect(localDay(instant, "America/New_York")).toBe("2026-03-01");
  });

  it("follows daylight-saving changes", () => {
    // New York springs forward on 8 March 2026: 04:30 UTC is still the 7th locally (23:30 EST).
    expect(localDay(Date.UTC(2026, 2, 8, 4, 30), "America/New_York")).toBe("2026-03-07");
    expect(localDay(Date.UTC(2026, 2, 9, 3, 30), "America/New_York")).toBe("2026-03-08");
  });
});
