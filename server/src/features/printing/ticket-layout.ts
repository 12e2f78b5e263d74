import ReceiptPrinterEncoder from "@point-of-sale/receipt-printer-encoder";
import type { PrinterEncoding } from "@tabletap/shared";
import iconv from "iconv-lite";

/** What one station's ticket says: the order's number, where it goes, and the station's lines only. */
export interface TicketContent {
  stationName: string;
  pickupNumber: number;
  tableLabel: string;
  placedAt: number;
  timezone: string;
  note: string;
  lines: { quantity: number; name: string; options: string[]; note: string }[];
}

// Chinese-market printers take double-byte text once in their Chinese character mode (FS &, left with FS .).
// The encoder knows single-byte code pages only, so this one mode switch and the GB bytes are passed raw.
const CHINESE_MODE_ON = [0x1c, 0x26];
const CHINESE_MODE_OFF = [0x1c, 0x2e];
const doubleByte = (encoding: PrinterEncoding): encoding is "gb18030" | "gbk" =>
  encoding === "gb18030" || encoding === "gbk";

/**
 * The ESC/POS bytes of one kitchen ticket, in the printer's encoding, ending with a cut. A reprint says so
 * at the top and bottom, so a second copy on the rail is never mistaken for a second order.
 */
export function layoutTicket(
  content: TicketContent,
  options: { encoding: PrinterEncoding; reprint: boolean; columns?: number },
): Uint8Array {
  const encoder = new ReceiptPrinterEncoder({
    language: "esc-pos",
    columns: options.columns ?? 42,
    codepageMapping: "epson",
  });
  const { encoding } = options;
  const cjk = doubleByte(encoding);
  encoder.initialize();
  if (doubleByte(encoding)) encoder.raw(CHINESE_MODE_ON);
  else encoder.codepage(encoding);
  const line = (text: string) => {
    if (cjk) encoder.raw([...iconv.encode(text, options.encoding), 0x0a]);
    else encoder.line(text);
  };
  if (options.reprint) {
    encoder.invert(true);
    line("*** REPRINT ***");
    encoder.invert(false);
  }
  encoder.bold(true).size(2, 2);
  line(`#${content.pickupNumber}  ${content.tableLabel}`);
  encoder.size(1, 1).bold(false);
  line(`${content.stationName}  ${clockTime(content.placedAt, content.timezone)}`);
  line("-".repeat(encoder.columns));
  for (const item of content.lines) {
    encoder.bold(true);
    line(`${item.quantity} x ${item.name}`);
    encoder.bold(false);
    for (const option of item.options) line(`   + ${option}`);
    if (item.note) line(`   ! ${item.note}`);
  }
  if (content.note) {
    line("-".repeat(encoder.columns));
    line(`! ${content.note}`);
  }
  if (options.reprint) line("*** REPRINT ***");
  if (cjk) encoder.raw(CHINESE_MODE_OFF);
  encoder.cut("partial");
  return encoder.encode();
}

const clockTime = (at: number, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit" }).format(at);
