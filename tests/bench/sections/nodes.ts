import { maxSustainedRate } from "../load/ramp.js";
import { deploy, placeTea, SHOPS, warmUp } from "../product.js";
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
        const response = await placeTea(urls[i % urls.length] as string, shops, i);
        await response?.arrayBuffer();
        return response?.status === 201;
      };
      // Each node is warmed the same way before it is measured, so the comparison is of warm nodes.
      await warmUp(deployment.urls[0] as string, shops);
      const one = await maxSustainedRate(place([...deployment.urls]));
      await deployment.start("api");
      await warmUp(deployment.urls[1] as string, shops);
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
