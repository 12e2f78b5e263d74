import { expect, it } from "vitest";
import { beijingTimestamp } from "./timestamp.js";

it("stamps requests in Beijing time whatever the host's timezone", () => {
  expect(beijingTimestamp(Date.UTC(2025, 0, 2, 16, 30, 5))).toBe("2025-01-03 00:30:05");
  expect(beijingTimestamp(Date.UTC(2024, 6, 1, 3, 4, 5, 999))).toBe("2024-07-01 11:04:05");
});
