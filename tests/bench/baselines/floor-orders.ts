/**
 * Floors (a) and (b): the least code that takes an order: an Express JSON POST, one transaction writing the
 * order and its lines, `order:created` to the shop's board. No validation, pricing, idempotency or limits.
 * `node floor-orders.ts sqlite <file>` (WAL, synchronous=NORMAL) or `… postgres <url>` (one statement,
 * so one round trip, that is its own transaction).
 */
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import express from "express";
import pg from "pg";
import { floorServer } from "./floor-server.js";

interface Line {
  itemId: string;
  quantity: number;
}
type Save = (id: string, shop: string, lines: Line[]) => Promise<void> | void;

function sqlite(file: string): Save {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.exec(`create table if not exists orders (id text primary key, shop text not null, created_at integer not null);
    create table if not exists order_lines (order_id text not null, item_id text not null, quantity integer not null)`);
  const order = db.prepare("insert into orders (id, shop, created_at) values (?, ?, ?)");
  const line = db.prepare("insert into order_lines (order_id, item_id, quantity) values (?, ?, ?)");
  return db.transaction((id: string, shop: string, lines: Line[]) => {
    order.run(id, shop, Date.now());
    for (const l of lines) line.run(id, l.itemId, l.quantity);
  });
}

async function postgres(url: string): Promise<Save> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  await pool.query(`create table if not exists orders (id uuid primary key, shop text not null, created_at bigint not null);
    create table if not exists order_lines (order_id uuid not null, item_id text not null, quantity int not null)`);
  return async (id, shop, lines) => {
    await pool.query({
      name: "save-order",
      text: `with o as (insert into orders (id, shop, created_at) values ($1, $2, $3) returning id)
        insert into order_lines (order_id, item_id, quantity)
        select o.id, l.item_id, l.quantity from o, unnest($4::text[], $5::int[]) as l(item_id, quantity)`,
      values: [id, shop, Date.now(), lines.map((l) => l.itemId), lines.map((l) => l.quantity)],
    });
  };
}

const [dialect, target] = process.argv.slice(2) as [string, string];
const save = dialect === "postgres" ? await postgres(target) : sqlite(target);
const { app, io, ready } = floorServer();
app.post("/orders", express.json(), async (req, res) => {
  const { shop, lines } = req.body as { shop: string; lines: Line[] };
  const order = { id: randomUUID(), shop, lines };
  await save(order.id, shop, lines);
  io.to(shop).emit("order:created", order);
  res.status(201).json({ order });
});
await ready();
