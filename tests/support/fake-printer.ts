import { createServer, type Server, type Socket } from "node:net";
import iconv from "iconv-lite";

/** One ticket as the fake printer decoded it: its text lines, whether a cut ended it, its code page. */
export interface DecodedTicket {
  lines: string[];
  cut: boolean;
  codepage: string;
  reprint: boolean;
  /** Which connection it came on (1, 2, …), to tell apart tickets sent together. */
  connection: number;
}

// ESC t n as the Epson code page table numbers them, for the pages the server may select.
const epsonPages: Record<number, string> = { 0: "cp437", 16: "windows1252", 19: "cp858" };
// Bytes of argument each command takes after its opcode (ESC x, GS x, FS x).
const escArgs: Record<number, number> = {
  33: 1,
  45: 1,
  50: 0,
  51: 1,
  69: 1,
  71: 1,
  74: 1,
  77: 1,
  82: 1,
  86: 1,
  97: 1,
  100: 1,
  123: 1,
};
const gsArgs: Record<number, number> = { 33: 1, 66: 1, 72: 1, 104: 1, 119: 1, 76: 2, 87: 2 };

/**
 * A network receipt printer on a local port that speaks enough ESC/POS to read kitchen tickets back:
 * text in the selected code page (or GB18030 in Chinese mode), cuts, and the paper status question.
 * It can be switched off (connections refused), made slow (it prints, then holds the connection), or
 * run out of paper (it says so when asked).
 */
export class FakePrinter {
  readonly tickets: DecodedTicket[] = [];
  private server: Server | null = null;
  private sockets = new Set<Socket>();
  private connections = 0;
  private holdMs = 0;
  private paperOut = false;

  private constructor(public port: number) {}

  static async start(): Promise<FakePrinter> {
    const printer = new FakePrinter(0);
    await printer.on();
    return printer;
  }

  /** Switched on (again, on the same port). */
  async on(): Promise<void> {
    if (this.server) return;
    // Half-open, so the printer (not the socket library) decides when it has taken a ticket.
    const server = createServer({ allowHalfOpen: true }, (socket) => this.accept(socket));
    await new Promise<void>((resolve) => server.listen(this.port, "127.0.0.1", resolve));
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  /** Switched off: new connections are refused and open ones dropped. */
  async off(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise((resolve) => server.close(resolve));
  }

  /** Prints each ticket but holds its connection this long before closing it (saying it is done). */
  slow(holdMs: number): void {
    this.holdMs = holdMs;
  }

  outOfPaper(out: boolean): void {
    this.paperOut = out;
  }

  /** Every ticket whose text contains this. */
  ticketsWith(text: string): DecodedTicket[] {
    return this.tickets.filter((ticket) => ticket.lines.some((line) => line.includes(text)));
  }

  async stop(): Promise<void> {
    await this.off();
  }

  private accept(socket: Socket): void {
    this.sockets.add(socket);
    const connection = ++this.connections;
    const chunks: Buffer[] = [];
    socket.on("data", (chunk) => {
      // DLE EOT 4 asks for the paper status; everything else is the ticket.
      const asked = chunk.indexOf(Buffer.from([0x10, 0x04, 0x04]));
      if (asked !== -1) {
        socket.write(Buffer.from([this.paperOut ? 0x72 : 0x12]));
        chunk = Buffer.concat([chunk.subarray(0, asked), chunk.subarray(asked + 3)]);
      }
      if (chunk.length > 0) chunks.push(chunk);
    });
    socket.on("error", () => {});
    socket.on("close", () => this.sockets.delete(socket));
    socket.on("end", () => {
      // Paper comes out as the bytes arrive; a slow printer only takes long to say it is done.
      const bytes = Buffer.concat(chunks);
      if (bytes.length > 0) this.tickets.push(...decodeTickets(bytes, connection));
      if (this.holdMs > 0) setTimeout(() => socket.end(), this.holdMs);
      else socket.end();
    });
  }
}

/** Reads ESC/POS bytes back into tickets: one per cut, plus whatever came after the last cut. */
export function decodeTickets(bytes: Buffer, connection = 1): DecodedTicket[] {
  const tickets: DecodedTicket[] = [];
  let codepage = "cp437";
  let chinese = false;
  let lines: string[] = [];
  let text: number[] = [];
  // The encoding the ticket's text was printed in (the mode switched back off before the cut).
  let printedIn = codepage;
  const endLine = () => {
    const encoding = chinese ? "gb18030" : codepage;
    const line = iconv.decode(Buffer.from(text), encoding).trimEnd();
    if (line.length > 0) {
      lines.push(line);
      printedIn = encoding;
    }
    text = [];
  };
  const endTicket = (cut: boolean) => {
    endLine();
    if (lines.length === 0 && !cut) return;
    tickets.push({
      lines,
      cut,
      codepage: printedIn,
      reprint: lines.some((l) => l.includes("REPRINT")),
      connection,
    });
    lines = [];
  };
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    const next = bytes[i + 1] as number;
    if (byte === 0x1b) {
      if (next === 0x40) {
        codepage = "cp437";
        chinese = false;
      } else if (next === 0x74) codepage = epsonPages[bytes[i + 2] as number] ?? `epson-${bytes[i + 2]}`;
      i += 1 + (next === 0x74 ? 1 : (escArgs[next] ?? 0));
    } else if (byte === 0x1d) {
      if (next === 0x56) {
        const mode = bytes[i + 2] as number;
        i += mode >= 65 ? 3 : 2;
        endTicket(true);
        continue;
      }
      i += 1 + (gsArgs[next] ?? 0);
    } else if (byte === 0x1c) {
      if (next === 0x26) chinese = true;
      if (next === 0x2e) chinese = false;
      i += 1;
    } else if (byte === 0x0a) endLine();
    else if (byte !== 0x0d) text.push(byte);
  }
  endTicket(false);
  return tickets;
}
