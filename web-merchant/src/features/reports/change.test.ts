import { describe, expect, it } from "vitest";
import { changeLabel } from "./change";

describe("change against the previous period", () => {
  it("rounds to whole percent and says when there is nothing to compare with", () => {
    expect(changeLabel(1120, 1000)).toEqual({ text: "+12%", trend: "up" });
    expect(changeLabel(970, 1000)).toEqual({ text: "−3%", trend: "down" });
    expect(changeLabel(1001, 1000)).toEqual({ text: "±0%", trend: "flat" });
    expect(changeLabel(500, 0)).toEqual({ text: "new", trend: "up" });
    expect(changeLabel(0, 0)).toEqual({ text: "—", trend: "flat" });
  });
});
