import { defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

// Day-boundary bugs hide in UTC; every suite runs in a timezone far from it and from the demo shop's.
process.env.TZ = "America/Sao_Paulo";

const conditions = ["tabletap-source", ...defaultServerConditions];
// Workspace packages resolve to their TypeScript source (the "tabletap-source" export condition; a plain "source" would also pick up third-party TypeScript), so no build is needed.
const sourceConditions = {
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
};
const integration = (dialect: "sqlite" | "postgres") => ({
  ...sourceConditions,
  test: {
    name: `integration-${dialect}`,
    include: ["tests/integration/**/*.test.ts"],
    env: { TEST_DIALECT: dialect },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        ...sourceConditions,
        test: { name: "unit", include: ["{shared,server,web-customer,web-merchant}/src/**/*.test.ts"] },
      },
      integration("sqlite"),
      integration("postgres"),
      {
        ...sourceConditions,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
