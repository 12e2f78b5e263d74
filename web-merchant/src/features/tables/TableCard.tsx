import type { MerchantTable } from "@tabletap/shared";
import { type FormEvent, useState } from "react";
import { type ApiResult, tableQrUrl } from "../../lib/api";
import { SittingControl } from "./SittingControl";
import { tablesApi } from "./tablesApi";
import type { TablesModel } from "./useTables";

const fileName = (table: MerchantTable, ext: string) =>
  `tabletap-${table.label.replace(/[^\p{L}\p{N}_-]+/gu, "-")}-qr.${ext}`;

const kindTag = (table: MerchantTable) => (table.kind === "counter" ? "Counter · takeaway" : "Table");

interface TableCardProps {
  table: MerchantTable;
  /** Owners and managers see the code and may change the table; everyone may seat guests. */
  canManage: boolean;
  run: TablesModel["run"];
}

export function TableCard({ table, canManage, run }: TableCardProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [renaming, setRenaming] = useState(false);

  const act = async (start: () => Promise<ApiResult<MerchantTable>>) => {
    setBusy(true);
    setError(null);
    const refusal = await run(start());
    setBusy(false);
    setError(refusal);
    return refusal === null;
  };

  const replaceCode = () => {
    const what = table.kind === "counter" ? "the counter's takeaway code" : `the code of ${table.label}`;
    if (window.confirm(`Replace ${what}? The printed code stops working at once; print the new one.`))
      void act(() => tablesApi.replaceCode(table.id));
  };

  return (
    <article
      className={`table-card${table.active ? "" : " is-inactive"}${table.sitting ? " is-seated" : ""}`}
      data-testid="table-card"
      data-table-id={table.id}
      aria-label={table.kind === "counter" ? `Counter ${table.label}` : `Table ${table.label}`}
    >
      <header className="table-card-head">
        <h2>{table.label}</h2>
        <span className="tag">{kindTag(table)}</span>
        {!table.active && <span className="tag tag-inactive">Switched off</span>}
      </header>
      {table.kind === "table" && table.active && (
        <SittingControl
          table={table}
          busy={busy}
          onOpen={() => void act(() => tablesApi.open(table.id))}
          onClose={() => void act(() => tablesApi.close(table.id))}
        />
      )}
      {canManage && (
        <div className="table-code">
          <img
            className="table-qr"
            // The token is in the URL, so a replaced code never shows from the browser's cache.
            src={`${tableQrUrl(table.id, "svg")}?v=${table.token}`}
            alt={`QR code for ${table.label}`}
            width={104}
            height={104}
            loading="lazy"
          />
          <div className="table-actions">
            {(["png", "svg"] as const).map((format) => (
              <a
                key={format}
                className="button"
                href={`${tableQrUrl(table.id, format)}?download&v=${table.token}`}
                download={fileName(table, format)}
                aria-label={`Download ${format.toUpperCase()} for ${table.label}`}
              >
                {format.toUpperCase()}
              </a>
            ))}
            <button type="button" className="button" onClick={() => setRenaming(true)}>
              Rename
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void act(() => tablesApi.update(table.id, { active: !table.active }))}
            >
              {table.active ? "Switch off" : "Switch on"}
            </button>
            <button type="button" className="button table-action-wide" disabled={busy} onClick={replaceCode}>
              New code
            </button>
          </div>
        </div>
      )}
      {renaming && (
        <RenameForm
          label={table.label}
          busy={busy}
          onCancel={() => setRenaming(false)}
          onSave={async (label) => {
            if (await act(() => tablesApi.update(table.id, { label }))) setRenaming(false);
          }}
        />
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </article>
  );
}

function RenameForm(props: {
  label: string;
  busy: boolean;
  onSave: (label: string) => void;
  onCancel: () => void;
}) {
  const [label, setLabel] = useState(props.label);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSave(label);
  };
  return (
    <form className="table-rename" onSubmit={submit}>
      <input
        aria-label={`New name for ${props.label}`}
        value={label}
        maxLength={40}
        required
        onChange={(event) => setLabel(event.target.value)}
      />
      <button type="submit" className="button button-primary" disabled={props.busy}>
        Save
      </button>
      <button type="button" className="button button-quiet" onClick={props.onCancel}>
        Cancel
      </button>
    </form>
  );
}
