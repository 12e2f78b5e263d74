import { Socket } from "node:net";

/** A printer that could not be reached or refused the ticket; `sent` says whether bytes may have gone out. */
export class PrinterError extends Error {
  constructor(
    message: string,
    readonly sent: boolean,
  ) {
    super(message);
  }
}

// DLE EOT 4: the printer answers one byte about its paper roll; bits 5 and 6 set mean the paper is out.
const PAPER_STATUS = Buffer.from([0x10, 0x04, 0x04]);
const PAPER_OUT = 0x60;

export interface PrinterConnection {
  /** Writes the ticket and waits until the printer has taken all of it and closed its side. */
  send(bytes: Uint8Array): Promise<void>;
  close(): void;
}

/**
 * Opens a raw ESC/POS connection (TCP, usually port 9100) and asks the printer about its paper before
 * anything is printed, so "off" and "out of paper" are known while nothing has been sent. A printer that
 * does not answer the status question within `statusWaitMs` is taken as ready (not all models answer).
 */
export async function openPrinter(target: {
  host: string;
  port: number;
  timeoutMs: number;
  statusWaitMs?: number;
}): Promise<PrinterConnection> {
  const socket = new Socket();
  socket.setNoDelay(true);
  try {
    await connect(socket, target);
    const status = await askPaper(socket, target.statusWaitMs ?? 1000);
    if (status !== null && (status & PAPER_OUT) !== 0) throw new PrinterError("out of paper", false);
  } catch (error) {
    socket.destroy();
    if (error instanceof PrinterError) throw error;
    throw new PrinterError(messageOf(error), false);
  }
  return {
    send: (bytes) => send(socket, bytes, target.timeoutMs),
    close: () => socket.destroy(),
  };
}

function connect(socket: Socket, target: { host: string; port: number; timeoutMs: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("no answer (timed out)")), target.timeoutMs);
    socket.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.connect(target.port, target.host, () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function askPaper(socket: Socket, waitMs: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const done = (value: number | null) => {
      clearTimeout(timer);
      socket.off("data", onData);
      socket.off("error", onError);
      resolve(value);
    };
    const onData = (chunk: Buffer) => done(chunk[0] ?? null);
    const onError = (error: Error) => {
      clearTimeout(timer);
      reject(error);
    };
    const timer = setTimeout(() => done(null), waitMs);
    socket.on("data", onData);
    socket.once("error", onError);
    socket.write(PAPER_STATUS);
  });
}

function send(socket: Socket, bytes: Uint8Array, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new PrinterError("the printer did not take the ticket in time", true));
    }, timeoutMs);
    socket.once("error", (error) => {
      clearTimeout(timer);
      reject(new PrinterError(messageOf(error), true));
    });
    // Late status answers are of no interest now; reading keeps the socket flowing to its close.
    socket.on("data", () => {});
    socket.once("close", (hadError) => {
      clearTimeout(timer);
      if (hadError) return;
      resolve();
    });
    socket.end(bytes);
  });
}

const messageOf = (error: unknown) => {
  const code = (error as { code?: unknown }).code;
  if (code === "ECONNREFUSED") return "off or unreachable (connection refused)";
  if (code === "EHOSTUNREACH" || code === "ENETUNREACH") return "unreachable";
  return error instanceof Error ? error.message : String(error);
};
