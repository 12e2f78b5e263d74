import { describe, expect, it } from "vitest";
import { changeLabel, comparedWith } from "./change";

describe("change against the previous period", () => {
  it("rounds to whole percent and says when there is nothing to compare with", () => {
    expect(changeLabel(1120, 1000)).toEqual({ text: "+12%", trend: "up" });
    expect(changeLabel(970, 1000)).toEqual({ text: "−3%", trend: "down" });
    expect(changeLabel(1001, 1000)).toEqual({ text: "±0%", trend: "flat" });
    expect(changeLabel(500, 0)).toEqual({ text: "new", trend: "up" });
    expect(changeLabel(0, 0)).toEqual({ text: "—", trend: "flat" });
  });
});

describe("what the report is compared with", () => {
  it("names yesterday until the same time for today so far, and whole days otherwise", () => {
    const yesterday = { from: "2026-12-01", to: "2026-12-01" };
    expect(comparedWith({ ...yesterday, until: "10:32" }, "2026-12-02")).toBe("yesterday until 10:32");
    expect(comparedWith(yesterday, "2026-12-05")).toBe("2026-12-01");
    const week = { from: "2026-11-19", to: "2026-11-25" };
    expect(comparedWith({ ...week, until: "10:32" }, "2026-12-02")).toBe(
      "2026-11-19 – 2026-11-25 until 10:32",
    );
    expect(comparedWith(week, "2026-12-20")).toBe("2026-11-19 – 2026-11-25");
  });
});
