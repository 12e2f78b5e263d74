import type { MerchantTable } from "@tabletap/shared";
import { Link } from "wouter";
import { tableQrUrl } from "../../../lib/api";
import { useStaffSession } from "../../auth/session";
import { useTables } from "../useTables";
import { cardText, sheetLanguage } from "./sheetText";
import "./print-sheet.css";

/** Six cards fill an A4 page (two across, three down) at a size diners scan from a seat. */
const CARDS_PER_PAGE = 6;

const pages = <T,>(items: T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / CARDS_PER_PAGE) }, (_, i) =>
    items.slice(i * CARDS_PER_PAGE, (i + 1) * CARDS_PER_PAGE),
  );

/**
 * `/tables/print`: every active table's card and the counter's, laid out as A4 pages. Pages are split
 * here rather than left to the browser, so no card is ever cut across two sheets.
 */
export function PrintSheetPage() {
  const { shop } = useStaffSession();
  const { state, reload } = useTables({ live: false });
  const cards = state.status === "ready" ? state.tables.filter((table) => table.active) : [];

  return (
    <main className="print-sheet-page">
      <div className="print-toolbar">
        <Link href="/tables" className="button button-quiet">
          ← Tables
        </Link>
        <p>
          {state.status === "ready"
            ? `${cards.length} cards on ${pages(cards).length} A4 pages. Cut along the dashed lines.`
            : "Loading tables…"}
        </p>
        <button
          type="button"
          className="button button-primary"
          disabled={cards.length === 0}
          onClick={() => window.print()}
        >
          Print
        </button>
      </div>
      {state.status === "error" && (
        <div className="page-message" role="alert">
          <p>{state.message}</p>
          <button type="button" className="button" onClick={reload}>
            Try again
          </button>
        </div>
      )}
      <div className="print-pages" lang={sheetLanguage(shop.locale).lang}>
        {pages(cards).map((page) => (
          <section key={page[0]?.id} className="print-page" aria-label="A4 page">
            {page.map((table) => (
              <QrCard key={table.id} table={table} shopName={shop.name} locale={shop.locale} />
            ))}
          </section>
        ))}
      </div>
    </main>
  );
}

function QrCard({ table, shopName, locale }: { table: MerchantTable; shopName: string; locale: string }) {
  const text = cardText(locale, table);
  return (
    <article className="qr-card" data-testid="qr-card" data-table-id={table.id}>
      <p className="qr-card-shop">{shopName}</p>
      <img
        className="qr-card-code"
        src={`${tableQrUrl(table.id, "svg")}?v=${table.token}`}
        alt={`QR code for ${table.label}`}
      />
      <p className="qr-card-title">{text.title}</p>
      <p className="qr-card-instruction">{text.instruction}</p>
    </article>
  );
}
