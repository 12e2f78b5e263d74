import type { Socket } from "socket.io-client";

/**
 * When each order reached a board as `order:created`. The event often beats the HTTP answer, so arrival
 * times are kept until the order's id is asked for.
 */
export class BoardWatch {
  private readonly arrived = new Map<string, number>();
  private readonly waiting = new Map<string, (at: number) => void>();

  constructor(readonly boards: Socket[]) {
    for (const board of boards) {
      board.on("order:created", (order: { id: string }) => {
        const at = performance.now();
        this.arrived.set(order.id, at);
        this.waiting.get(order.id)?.(at);
      });
    }
  }

  /** The moment the order reached a board, or NaN if it did not within `timeoutMs`. */
  arrival(id: string, timeoutMs = 5000): Promise<number> {
    const at = this.arrived.get(id);
    if (at !== undefined) return Promise.resolve(at);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(Number.NaN), timeoutMs);
      this.waiting.set(id, (when) => {
        clearTimeout(timer);
        resolve(when);
      });
    });
  }

  /** Forgets what arrived, so a long run keeps no more than one round's orders. */
  clear(): void {
    this.arrived.clear();
    this.waiting.clear();
  }

  close(): void {
    for (const board of this.boards) board.close();
  }
}
