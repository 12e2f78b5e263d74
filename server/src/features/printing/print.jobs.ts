import type { PrinterEncoding } from "@tabletap/shared";
import type { Job } from "bullmq";
import type { Db } from "../../db/database.js";
import type { Logger } from "../../logger.js";
import type { JobHandlers } from "../../queue/workers.js";
import type { Publisher } from "../../realtime/publisher.js";
import { openPrinter, PrinterError } from "./printer-connection.js";
import { printerView, recordPrinterState } from "./printers.repository.js";
import { layoutTicket } from "./ticket-layout.js";
import {
  claimTicket,
  findTicket,
  findTicketJob,
  noteTicketError,
  settleTicket,
  ticketContent,
} from "./tickets.repository.js";

export interface PrintDeps {
  db: Db;
  publisher: Publisher;
  clock: () => number;
  logger: Logger;
  /** How long a printer may take to answer or to take a ticket (default 10 s). */
  printTimeoutMs?: number;
}

const isLastAttempt = (job: Job) => job.attemptsMade + 1 >= (job.opts.attempts ?? 1);

/**
 * Prints one ticket. `sending` is stored before the bytes go out and `printed` once the printer took them,
 * so an attempt that finds `sending` (a worker died mid-print, or the printer dropped the connection)
 * cannot know whether paper came out and prints again marked REPRINT. A printer that is off or out of
 * paper is found before anything is sent: the job fails and BullMQ retries it with backoff; after the
 * last try the ticket is `failed` and the board offers a reprint.
 */
export function printHandlers(deps: PrintDeps): Pick<JobHandlers, "ticket.print"> {
  const timeoutMs = deps.printTimeoutMs ?? 10_000;

  const announceTicket = async (ticketId: string, shopId: string) => {
    const ticket = await findTicket(deps.db, ticketId);
    if (ticket) deps.publisher.printTicketUpdated(shopId, ticket);
  };
  const notePrinter = async (shopId: string, printerId: string, error: string | null) => {
    const state = error === null ? "online" : "offline";
    const changed = await recordPrinterState(deps.db, printerId, {
      state,
      lastError: error,
      at: deps.clock(),
    });
    if (changed) deps.publisher.printerUpdated(shopId, printerView(changed));
  };

  return {
    "ticket.print": async ({ ticketId }, job) => {
      const ticket = await findTicketJob(deps.db, ticketId);
      if (!ticket || ticket.state === "printed") return;
      const { shopId, printerId } = ticket;
      if (ticket.enabled !== 1) {
        await settleTicket(deps.db, ticketId, { state: "failed", lastError: "The printer is switched off" });
        return announceTicket(ticketId, shopId);
      }
      const content = await ticketContent(deps.db, ticket);
      if (!content) return;
      const reprint = ticket.reprint === 1 || ticket.state === "sending";
      const bytes = layoutTicket(content, { encoding: ticket.encoding as PrinterEncoding, reprint });
      let connection: Awaited<ReturnType<typeof openPrinter>>;
      try {
        connection = await openPrinter({ host: ticket.host, port: ticket.port, timeoutMs });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await notePrinter(shopId, printerId, message);
        await noteTicketError(deps.db, ticketId, message);
        if (isLastAttempt(job)) {
          await settleTicket(deps.db, ticketId, { state: "failed", lastError: message });
          await announceTicket(ticketId, shopId);
        }
        throw error;
      }
      try {
        if (!(await claimTicket(deps.db, { ticketId, from: ticket.state, reprint }))) return;
        await connection.send(bytes);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        deps.logger.warn(
          { err: error, ticketId, printerId },
          "ticket may be half printed; next try says REPRINT",
        );
        await notePrinter(shopId, printerId, message);
        // Stays `sending`: whatever is printed next is marked REPRINT.
        await noteTicketError(deps.db, ticketId, message);
        if (isLastAttempt(job)) {
          await settleTicket(deps.db, ticketId, { state: "failed", lastError: message });
          await announceTicket(ticketId, shopId);
        }
        throw error instanceof PrinterError ? error : new PrinterError(message, true);
      } finally {
        connection.close();
      }
      await settleTicket(deps.db, ticketId, { state: "printed", lastError: null, printedAt: deps.clock() });
      await notePrinter(shopId, printerId, null);
      await announceTicket(ticketId, shopId);
    },
  };
}
