import type { MerchantTable } from "@tabletap/shared";
import { tableQrUrl } from "../../lib/api";

const fileName = (table: MerchantTable, ext: string) =>
  `tabletap-${table.label.replace(/[^\p{L}\p{N}_-]+/gu, "-")}-qr.${ext}`;

export function TableCard({ table }: { table: MerchantTable }) {
  return (
    <article
      className={`table-card${table.active ? "" : " is-inactive"}`}
      data-testid="table-card"
      data-table-id={table.id}
    >
      <header className="table-card-head">
        <h2>{table.label}</h2>
        <span className="tag">{table.kind === "counter" ? "Counter · takeaway" : "Table"}</span>
        {!table.active && <span className="tag tag-inactive">Inactive</span>}
      </header>
      <img
        className="table-qr"
        src={tableQrUrl(table.id, "svg")}
        alt={`QR code for ${table.label}`}
        width={180}
        height={180}
        loading="lazy"
      />
      <p className="table-url">{table.url}</p>
      <div className="table-downloads">
        <span className="table-downloads-label">Download</span>
        {(["png", "svg"] as const).map((format) => (
          <a
            key={format}
            className="button"
            href={tableQrUrl(table.id, format)}
            download={fileName(table, format)}
            aria-label={`Download ${format.toUpperCase()} for ${table.label}`}
          >
            {format.toUpperCase()}
          </a>
        ))}
      </div>
    </article>
  );
}
