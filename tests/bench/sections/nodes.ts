import { randomUUID } from "node:crypto";
import { inBatches } from "../load/open-loop.js";
import { maxSustainedRate } from "../load/ramp.js";
import { deploy, SHOPS, teaOrderFor } from "../product.js";
import { atLeast, type BenchSection, row } from "../section.js";

/**
 * Orders/s with two `ROLE=api` nodes taking turns (round robin, as a load balancer would) against one,
 * both with one worker process, on PostgreSQL (the database several nodes share in production).
 */
export const nodesSection: BenchSection = {
  name: "nodes",
  async run() {
    const deployment = await deploy("postgres");
    try {
      await deployment.start("api");
      await deployment.start("worker");
      const shops = await deployment.shops(SHOPS);
      const place = (urls: string[]) => async (i: number) => {
        const response = await fetch(`${urls[i % urls.length]}/api/orders`, {
          method: "POST",
          headers: { "Content-Type": "application/json", "Idempotency-Key": randomUUID() },
          body: teaOrderFor(shops, i),
          signal: AbortSignal.timeout(10_000),
        });
        await response.arrayBuffer();
        return response.status === 201;
      };
      // Each node is warmed the same way before it is measured (JIT, pools, caches), so the comparison is of
      // warm nodes, not of a cold one's first second.
      const warm = (url: string) =>
        inBatches(
          Array.from({ length: 400 }, (_, i) => i),
          8,
          async (i) => {
            await place([url])(i);
          },
        );
      await warm(deployment.urls[0] as string);
      const one = await maxSustainedRate(place([...deployment.urls]));
      await deployment.start("api");
      await warm(deployment.urls[1] as string);
      const two = await maxSustainedRate(place([...deployment.urls]));
      return [
        row({
          measure: "orders/s, two API nodes vs one (postgres)",
          value: two.sustained,
          baseline: one.sustained,
          unit: "req/s",
          goal: atLeast(1.6),
          details: { oneNode: one.steps, twoNodes: two.steps },
        }),
      ];
    } finally {
      await deployment.stop();
    }
  },
};
