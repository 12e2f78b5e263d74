import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { Link, useParams } from "wouter";
import { formatClockTime } from "../../../lib/time";
import { useStaffSession } from "../../auth/session";
import { useOrderFeed } from "../OrderFeedProvider";
import "./ticket.css";

/**
 * The kitchen ticket for an 80 mm thermal printer: on screen a preview at paper width with a Print button;
 * in print, only the ticket, on a page as long as the ticket.
 */
export function TicketPage() {
  const { id } = useParams<{ id: string }>();
  const { shop } = useStaffSession();
  const { orders } = useOrderFeed();
  const order = id ? orders.get(id) : undefined;
  const pageLength = useTicketLength(order?.seq);
  useEffect(() => {
    document.body.classList.add("printing-ticket");
    return () => document.body.classList.remove("printing-ticket");
  }, []);

  if (!order) {
    return (
      <main className="ticket-page">
        <p className="ticket-missing">This order is not on the board any more.</p>
        <Link href="/" className="button">
          Back to the board
        </Link>
      </main>
    );
  }
  const time = (iso: string) => formatClockTime(iso, shop.locale, shop.timezone);
  // Digits only: a thermal printer's font may have no glyphs for a locale's month names.
  const day = new Intl.DateTimeFormat(shop.locale, {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    timeZone: shop.timezone,
  }).format(new Date(order.createdAt));
  const takeaway = order.table.kind === "counter";

  return (
    <main className="ticket-page">
      <div className="ticket-toolbar">
        <Link href="/" className="button">
          Back
        </Link>
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          Print
        </button>
      </div>
      {pageLength.mm > 0 && <style>{`@page kitchen-ticket { size: 80mm ${pageLength.mm}mm; }`}</style>}
      <article
        ref={pageLength.ref}
        className="ticket"
        data-testid="ticket"
        aria-label={`Kitchen ticket for order ${order.pickupNumber}`}
      >
        <p className="ticket-shop">{shop.name}</p>
        <p className="ticket-pickup">#{order.pickupNumber}</p>
        <p className="ticket-place">
          {takeaway ? `TAKEAWAY · ${order.table.label}` : `TABLE ${order.table.label}`}
        </p>
        <p className="ticket-time">
          {day} · {time(order.createdAt)}
        </p>
        <ul className="ticket-lines">
          {order.lines.map((line) => (
            <li key={line.id}>
              <p className="ticket-line">
                <span className="ticket-qty">{line.quantity}×</span>
                <span>{line.name}</span>
              </p>
              {line.options.map((option) => (
                <p key={option.id} className="ticket-option">
                  + {option.name}
                </p>
              ))}
              {line.note && <p className="ticket-note">» {line.note}</p>}
            </li>
          ))}
        </ul>
        {order.note && (
          <p className="ticket-order-note">
            <span>NOTE</span>
            {order.note}
          </p>
        )}
        <p className="ticket-foot">
          {order.lines.reduce((sum, line) => sum + line.quantity, 0)} items ·{" "}
          {order.paymentStatus === "paid" ? "PAID" : "TO PAY"}
        </p>
      </article>
    </main>
  );
}

const MM_PER_PX = 25.4 / 96;

/** The printed page is exactly as long as the ticket, so a roll printer feeds no blank paper after it. */
function useTicketLength(version: number | undefined) {
  const ref = useRef<HTMLElement>(null);
  const [mm, setMm] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: an order change may change the ticket's length
  useLayoutEffect(() => {
    const height = ref.current?.scrollHeight ?? 0;
    setMm(Math.ceil(height * MM_PER_PX) + 2);
  }, [version]);
  return { ref, mm };
}
