import {
  DINER_NAMESPACE,
  type DinerClientToServer,
  type DinerServerToClient,
  MERCHANT_NAMESPACE,
  type MerchantClientToServer,
  type MerchantServerToClient,
} from "@tabletap/shared";
import { io, type Socket } from "socket.io-client";

export type MerchantSocket = Socket<MerchantServerToClient, MerchantClientToServer>;
export type DinerSocket = Socket<DinerServerToClient, DinerClientToServer>;

/** A staff board connection, authenticated by the session cookie like the console's. */
export function connectMerchant(baseUrl: string, cookie: string | undefined): MerchantSocket {
  return io(`${baseUrl}${MERCHANT_NAMESPACE}`, {
    transports: ["websocket"],
    extraHeaders: cookie ? { Cookie: cookie } : {},
    reconnection: false,
    forceNew: true,
  });
}

export function connectDiner(baseUrl: string, orderToken: string): DinerSocket {
  return io(`${baseUrl}${DINER_NAMESPACE}`, {
    transports: ["websocket"],
    auth: { orderToken },
    reconnection: false,
    forceNew: true,
  });
}

/** Resolves on connect, rejects with the server's refusal. */
export function connected(socket: Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    if (socket.connected) return resolve();
    socket.once("connect", () => resolve());
    socket.once("connect_error", (error) => reject(error));
  });
}

/** Collects every event of a name so a test can wait for one or assert that none came. */
export function record<T>(
  socket: Socket,
  event: string,
): { events: T[]; next: (match?: (value: T) => boolean, ms?: number) => Promise<T> } {
  const events: T[] = [];
  const waiters: { match: (value: T) => boolean; resolve: (value: T) => void }[] = [];
  socket.on(event, (value: T) => {
    events.push(value);
    for (const waiter of [...waiters]) {
      if (waiter.match(value)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(value);
      }
    }
  });
  const next = (match: (value: T) => boolean = () => true, ms = 5000) =>
    new Promise<T>((resolve, reject) => {
      const seen = events.find(match);
      if (seen) return resolve(seen);
      const timer = setTimeout(() => reject(new Error(`no ${event} within ${ms} ms`)), ms);
      waiters.push({
        match,
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
      });
    });
  return { events, next };
}
