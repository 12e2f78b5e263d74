import { Redis } from "ioredis";
import type { Logger } from "../logger.js";

/** A connection for BullMQ and the app: commands wait through reconnects rather than failing fast. */
export function createRedis(url: string, logger: Logger, name: string): Redis {
  const client = new Redis(url, { maxRetriesPerRequest: null, connectionName: `tabletap:${name}` });
  client.on("error", (error) => logger.warn({ err: error, connection: name }, "redis connection error"));
  return client;
}
