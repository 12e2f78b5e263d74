import type { Socket } from "socket.io";
import type { LiveSession } from "../features/auth/index.js";

export interface SessionWatchOptions {
  find: (sessionId: string) => Promise<LiveSession | undefined>;
  clock: () => number;
  /** The longest a socket goes without looking its session up again. */
  recheckMs: number;
}

/**
 * A staff socket lasts as long as its session. Sessions also end without any event (idle, SESSION_MAX_AGE),
 * so each socket looks its session up on arrival, again when it is due to end and at least every
 * `recheckMs`, and disconnects once it is gone. While Redis cannot answer, the last end seen still holds.
 */
export function watchSession(
  socket: Socket,
  session: { id: string; endsAt: number },
  options: SessionWatchOptions,
): void {
  let knownEnd = session.endsAt;
  let timer: NodeJS.Timeout | undefined;
  const look = async () => {
    const live = await options.find(session.id).then(
      (found) => found ?? "ended",
      () => "unknown" as const,
    );
    if (socket.disconnected) return;
    if (live === "ended") return void socket.disconnect(true);
    if (live !== "unknown") knownEnd = live.endsAt;
    const left = knownEnd - options.clock();
    if (left <= 0) return void socket.disconnect(true);
    timer = setTimeout(look, Math.min(left, options.recheckMs));
    timer.unref();
  };
  socket.once("disconnect", () => clearTimeout(timer));
  void look();
}
