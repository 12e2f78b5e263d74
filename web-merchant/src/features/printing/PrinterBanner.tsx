import { kitchenRoutes, type Printer, type PrintTicket } from "@tabletap/shared";
import { useCallback, useEffect, useState } from "react";
import { call } from "../../lib/api";
import { useOrderFeed } from "../board/OrderFeedProvider";
import "./printing.css";

/**
 * Printers that are off or out of paper, and kitchen tickets that could not be printed, above the columns
 * until they print; staff reprint a failed ticket from here. Nothing shows while every printer prints.
 */
export function PrinterBanner() {
  const { onPrinting } = useOrderFeed();
  const [printers, setPrinters] = useState<Printer[]>([]);
  const [tickets, setTickets] = useState<PrintTicket[]>([]);
  const load = useCallback(async () => {
    const [printerList, ticketList] = await Promise.all([
      call(kitchenRoutes.listPrinters, {}),
      call(kitchenRoutes.listPrintTickets, {}),
    ]);
    if (printerList.ok) setPrinters(printerList.data.printers);
    if (ticketList.ok) setTickets(ticketList.data.tickets);
  }, []);
  // Every printer or ticket event (and each reconnect) reads both lists again: they are short.
  useEffect(() => onPrinting(() => void load()), [onPrinting, load]);
  useEffect(() => {
    void load();
  }, [load]);

  const offline = printers.filter((printer) => printer.enabled && printer.state === "offline");
  const failed = tickets.filter((ticket) => ticket.state === "failed");
  if (offline.length === 0 && failed.length === 0) return null;
  const nameOf = (printerId: string) =>
    printers.find((printer) => printer.id === printerId)?.name ?? "Printer";
  const reprint = async (ticket: PrintTicket) => {
    await call(kitchenRoutes.reprintTicket, { params: { id: ticket.id } });
    await load();
  };
  return (
    <section className="printer-banner" aria-label="Printers" data-testid="printer-banner">
      {offline.map((printer) => (
        <p key={printer.id} role="alert" className="printer-offline" data-printer-id={printer.id}>
          <strong>{printer.name} is not printing</strong>
          {printer.lastError && <span> · {printer.lastError}</span>}
          <span> · tickets wait and print when it is back</span>
        </p>
      ))}
      {failed.map((ticket) => (
        <p key={ticket.id} className="printer-failed" data-ticket-id={ticket.id}>
          <span>
            Ticket #{ticket.pickupNumber} did not print on {nameOf(ticket.printerId)}
            {ticket.lastError && ` (${ticket.lastError})`}
          </span>
          <button type="button" className="button" onClick={() => void reprint(ticket)}>
            Reprint
          </button>
        </p>
      ))}
    </section>
  );
}
