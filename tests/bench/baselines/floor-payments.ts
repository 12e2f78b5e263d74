/**
 * Floor (c): the least code that confirms a payment: a signed webhook POST, its HMAC checked, a BullMQ job
 * added, and a worker (same process, as the product's `ROLE=all`) that runs one SQL update and emits
 * `order:created` to the shop's board. No idempotency, amounts or outbox.
 * `node floor-payments.ts <sqlite|postgres> <file|url> <redis url> <orders to seed> <secret>`; the seeded
 * orders are `p0`, `p1`, … of shop "pay".
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import Database from "better-sqlite3";
import { Queue, Worker } from "bullmq";
import express from "express";
import { Redis } from "ioredis";
import pg from "pg";
import { floorServer } from "./floor-server.js";

type Pay = (orderId: string) => Promise<unknown> | unknown;

function sqlite(file: string, count: number): Pay {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.exec("create table if not exists orders (id text primary key, status text not null)");
  const insert = db.prepare("insert into orders (id, status) values (?, 'pending_payment')");
  db.transaction(() => {
    for (let i = 0; i < count; i++) insert.run(`p${i}`);
  })();
  const pay = db.prepare("update orders set status = 'paid' where id = ?");
  return (orderId) => pay.run(orderId);
}

async function postgres(url: string, count: number): Promise<Pay> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  await pool.query("create table if not exists orders (id text primary key, status text not null)");
  await pool.query(
    "insert into orders (id, status) select 'p' || i, 'pending_payment' from generate_series(0, $1::int - 1) i",
    [count],
  );
  return (orderId) =>
    pool.query({ name: "pay", text: "update orders set status = 'paid' where id = $1", values: [orderId] });
}

const [dialect, target, redisUrl, count, secret] = process.argv.slice(2) as string[] as [
  string,
  string,
  string,
  string,
  string,
];
const pay = dialect === "postgres" ? await postgres(target, Number(count)) : sqlite(target, Number(count));
const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
const queue = new Queue("confirm", { connection, prefix: "floor" });
const { app, io, ready } = floorServer();
new Worker(
  "confirm",
  async (job) => {
    await pay(job.data.orderId);
    io.to("pay").emit("order:created", { id: job.data.orderId });
  },
  { connection, prefix: "floor", concurrency: 8 },
);
app.post("/webhook", express.raw({ type: "application/json" }), async (req, res) => {
  const header = new Map(
    String(req.headers.signature)
      .split(",")
      .map((part) => part.split("=", 2) as [string, string]),
  );
  const expected = createHmac("sha256", secret)
    .update(`${header.get("t")}.${req.body}`)
    .digest();
  const given = Buffer.from(header.get("v1") ?? "", "hex");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    res.status(400).end();
    return;
  }
  const { orderId } = JSON.parse(String(req.body)) as { orderId: string };
  await queue.add("confirm", { orderId }, { removeOnComplete: true, removeOnFail: true });
  res.status(200).json({ received: true });
});
await ready();
