import { randomUUID } from "node:crypto";
import type { Dialect } from "../../support/test-server.js";
import { startRawServer } from "../baselines/raw-process.js";
import { maxSustainedRate } from "../load/ramp.js";
import { deploy, SHOPS, teaOrderFor, warmUp } from "../product.js";
import { atLeast, type BenchSection, DIALECTS, row } from "../section.js";

const post = async (url: string, body: string, expected: number) => {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Idempotency-Key": randomUUID() },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  await response.arrayBuffer();
  return response.status === expected;
};

async function productOrders(dialect: Dialect) {
  const deployment = await deploy(dialect);
  try {
    await deployment.start("all");
    const [url] = deployment.urls as [string];
    const shops = await deployment.shops(SHOPS);
    await warmUp(url, shops);
    return await maxSustainedRate((i) => post(`${url}/api/orders`, teaOrderFor(shops, i), 201));
  } finally {
    await deployment.stop();
  }
}

export async function rawExpressRate() {
  const raw = await startRawServer("express");
  try {
    const body = JSON.stringify({
      tableToken: "x".repeat(32),
      lines: [{ itemId: randomUUID(), quantity: 1 }],
    });
    return await maxSustainedRate(() => post(`${raw.url}/echo`, body, 201));
  } finally {
    await raw.stop();
  }
}

export const ordersSection: BenchSection = {
  name: "orders",
  async run() {
    const raw = await rawExpressRate();
    const rows = [];
    for (const dialect of DIALECTS) {
      const product = await productOrders(dialect);
      rows.push(
        row({
          measure: `max sustained orders/s (${dialect})`,
          value: product.sustained,
          baseline: raw.sustained,
          unit: "req/s",
          goal: atLeast(0.35),
          details: { steps: product.steps, baselineSteps: raw.steps, shops: SHOPS },
        }),
      );
    }
    return rows;
  },
};
