import { timingSafeEqual } from "node:crypto";
import type { Request } from "express";
import type { Db } from "../../db/database.js";
import { HttpError } from "../../http/errors.js";
import { isToken, uuidParam } from "../../http/ids.js";
import { findOrderIdByToken, findOrderWithToken } from "./order-tokens.repository.js";

/** The order a diner's token opens, or undefined. Tokens are 128-bit random, unique per order. */
export async function findDinerOrderId(db: Db, orderToken: string): Promise<string | undefined> {
  if (!isToken(orderToken)) return undefined;
  return findOrderIdByToken(db, orderToken);
}

export const tokensMatch = (expected: string, given: string): boolean => {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** The order id a request's `Authorization: Bearer <orderToken>` opens; 401 without a token, 404 for a wrong one. */
export async function requireOrderToken(db: Db, req: Request, orderId: string): Promise<string> {
  const token = /^bearer\s+(\S+)$/i.exec(req.get("Authorization") ?? "")?.[1];
  if (!token)
    throw new HttpError(401, "unauthorized", "Send the order token as Authorization: Bearer <orderToken>");
  uuidParam(orderId, "No such order");
  const row = await findOrderWithToken(db, orderId);
  // Same answer for "no such order" and "wrong token", so ids can't be probed.
  if (!row || !tokensMatch(row.orderToken, token)) throw new HttpError(404, "not_found", "No such order");
  return row.id;
}
