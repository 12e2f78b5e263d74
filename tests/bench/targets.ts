import { randomUUID } from "node:crypto";
import { io } from "socket.io-client";
import { login } from "../support/api.js";
import type { TestShop } from "../support/fixtures.js";
import { connected, connectMerchant } from "../support/sockets.js";
import { createSharedDatabase, type Dialect, type SharedDatabase } from "../support/test-server.js";
import { type RawProcess, startBaseline } from "./baselines/raw-process.js";
import { BoardWatch } from "./boards.js";
import type { CpuSource } from "./cpu.js";
import { backendsOf } from "./postgres.js";
import { type Deployment, deploy, placeTea, SHOPS, warmUp, warmWith } from "./product.js";
import { type PrivateRedis, startRedis } from "./redis.js";

/** Something that takes a diner's order and shows it on its shop's board: the product, or its floor. */
export interface OrderTarget {
  name: string;
  /** Places order `i` (shops in turn); its id once answered 201, undefined otherwise. */
  place: (i: number) => Promise<string | undefined>;
  watch: BoardWatch;
  /** The processes whose CPU an order costs. */
  sources: CpuSource[];
}

export function serverSources(deployment: Deployment, redis: PrivateRedis): CpuSource[] {
  const sources: CpuSource[] = deployment.processes.map((server) => ({
    part: deployment.partOf(server),
    pids: () => (server.pid ? [server.pid] : []),
  }));
  sources.push({ part: "redis", pids: () => [redis.pid] });
  if (deployment.databaseUrl.startsWith("postgres")) sources.push(backendsOf(deployment.databaseUrl));
  return sources;
}

/** A board per shop on the product, each shop's board on node `i % urls.length`. */
export async function productBoards(urls: string[], shops: TestShop[]): Promise<BoardWatch> {
  const boards = [];
  for (const [i, shop] of shops.entries()) {
    const url = urls[i % urls.length] as string;
    boards.push(connectMerchant(url, await login(url, shop.owner.email, shop.owner.password)));
  }
  await Promise.all(boards.map(connected));
  return new BoardWatch(boards);
}

/** The product's order path; orders go to its API nodes in turn, as a load balancer sends them. */
export async function productTarget(options: {
  name?: string;
  deployment: Deployment;
  redis: PrivateRedis;
  shops: TestShop[];
}): Promise<OrderTarget> {
  const { deployment, shops } = options;
  const urls = [...deployment.urls];
  for (const url of urls) await warmUp(url, shops);
  return {
    name: options.name ?? "product",
    watch: await productBoards(urls, shops),
    sources: serverSources(deployment, options.redis),
    async place(i) {
      const response = await placeTea(urls[i % urls.length] as string, shops, i, 15_000);
      if (response?.status !== 201) return undefined;
      return ((await response.json()) as { order: { id: string } }).order.id;
    },
  };
}

/** Floor (a) or (b) in its own process, on a database of its own, with a board per shop. */
export async function floorTarget(options: {
  dialect: Dialect;
  /** An SQLite file or a PostgreSQL database URL the floor may fill. */
  database: string;
  shops: TestShop[];
}): Promise<OrderTarget & { process: RawProcess }> {
  const { shops } = options;
  const floor = await startBaseline("floor-orders.ts", [options.dialect, options.database]);
  const boards = shops.map((shop) =>
    io(floor.url, { transports: ["websocket"], auth: { shop: shop.shopId }, forceNew: true }),
  );
  await Promise.all(boards.map(connected));
  const place = async (i: number) => {
    const shop = shops[i % shops.length] as TestShop;
    const response = await fetch(`${floor.url}/orders`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Idempotency-Key": randomUUID() },
      body: JSON.stringify({ shop: shop.shopId, lines: [{ itemId: shop.item("Tea").id, quantity: 1 }] }),
      signal: AbortSignal.timeout(15_000),
    }).catch(() => undefined);
    if (response?.status !== 201) return undefined;
    return ((await response.json()) as { order: { id: string } }).order.id;
  };
  await warmWith(place);
  const sources: CpuSource[] = [{ part: "floor", pids: () => [floor.pid] }];
  if (options.dialect === "postgres") sources.push(backendsOf(options.database));
  return { name: "floor", process: floor, watch: new BoardWatch(boards), sources, place };
}

export interface OrderRig {
  deployment: Deployment;
  redis: PrivateRedis;
  shops: TestShop[];
  product: OrderTarget;
  floor: OrderTarget & { process: RawProcess };
  floorDatabase: SharedDatabase;
  /** Run after `use`, before the rig is taken down (a relay, an extra node). */
  onStop: (stop: () => Promise<unknown>) => void;
}

/**
 * The product (`ROLE=all` on a Redis of its own) and the matching floor on a database of its own, both warm,
 * with a board per shop on each; taken down after `use`.
 */
export async function withOrderRig<T>(dialect: Dialect, use: (rig: OrderRig) => Promise<T>): Promise<T> {
  const redis = await startRedis();
  const deployment = await deploy(dialect, redis.url);
  const floorDatabase = await createSharedDatabase(dialect);
  const stops: (() => Promise<unknown>)[] = [];
  try {
    await deployment.start("all");
    const shops = await deployment.shops(SHOPS);
    const product = await productTarget({ deployment, redis, shops });
    stops.push(async () => product.watch.close());
    const floor = await floorTarget({ dialect, database: floorDatabase.url, shops });
    stops.push(floor.process.stop, async () => floor.watch.close());
    return await use({
      deployment,
      redis,
      shops,
      product,
      floor,
      floorDatabase,
      onStop: (stop) => stops.push(stop),
    });
  } finally {
    for (const stop of stops.reverse()) await stop();
    await deployment.stop();
    await floorDatabase.drop();
    await redis.stop();
  }
}
