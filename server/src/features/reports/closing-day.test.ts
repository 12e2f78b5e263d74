import { describe, expect, it } from "vitest";
import { closingPattern, dayClosedAt, dueTimeOf } from "./closing-day.js";

describe("which day a closing run closes", () => {
  it("closes the shop's own day at 23:30 local, in Shanghai and New York", () => {
    // 23:30 in Shanghai is 15:30Z the same date.
    expect(dayClosedAt(Date.parse("2026-05-01T15:30:00Z"), "Asia/Shanghai")).toBe("2026-05-01");
    // 23:30 EST on 2026-11-01 (after fall-back) is 04:30Z on 11-02.
    expect(dayClosedAt(Date.parse("2026-11-02T04:30:00Z"), "America/New_York")).toBe("2026-11-01");
  });

  it("lets a closing time after midnight close the night before", () => {
    // 01:30 EDT on 2026-03-09 closes 2026-03-08, the spring-forward day.
    expect(dayClosedAt(Date.parse("2026-03-09T05:30:00Z"), "America/New_York")).toBe("2026-03-08");
  });

  it("turns HH:MM into a daily cron pattern and reads a scheduler's due time", () => {
    expect(closingPattern("23:30")).toBe("30 23 * * *");
    expect(closingPattern("02:05")).toBe("5 2 * * *");
    expect(dueTimeOf("repeat:close-day:abc:1767225600000")).toBe(1767225600000);
    expect(dueTimeOf("6f1c")).toBeUndefined();
  });
});
