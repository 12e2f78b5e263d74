import { formatMoney, type MenuItem, type MerchantTable, randomId, type TableMenu } from "@tabletap/shared";
import { useEffect, useId, useRef, useState } from "react";
import { Link, useLocation } from "wouter";
import { api } from "../../../lib/api";
import { useStaffSession } from "../../auth/session";
import { boardApi } from "../boardApi";
import { useOrderAlerts } from "../OrderAlertsProvider";
import { useOrderFeed } from "../OrderFeedProvider";
import { type DraftLine, draftTotal, toRequestLines } from "./draft";
import { ItemSheet } from "./ItemSheet";
import "./new-order.css";

/**
 * A diner asked a waiter: staff pick the table, then items from the same menu diners see. The server
 * prices the order as for diners; it is paid at the counter and goes straight to the kitchen lanes.
 */
export function NewOrderPage() {
  const [table, setTable] = useState<MerchantTable | null>(null);
  return (
    <main className="new-order-page" aria-label="New order">
      {table ? (
        <Composer table={table} onChangeTable={() => setTable(null)} />
      ) : (
        <TablePicker onPick={setTable} />
      )}
    </main>
  );
}

function TablePicker({ onPick }: { onPick: (table: MerchantTable) => void }) {
  const [tables, setTables] = useState<MerchantTable[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void api.tables().then((result) => {
      if (result.ok) setTables(result.data.filter((table) => table.active));
      else setError(result.error.message);
    });
  }, []);
  return (
    <section className="table-picker" aria-labelledby="pick-table-title">
      <header className="new-order-head">
        <h1 id="pick-table-title">New order · which table?</h1>
        <Link href="/" className="button">
          Back to the board
        </Link>
      </header>
      {error && <p className="form-error">{error}</p>}
      {tables === null && !error && <p className="new-order-loading">Loading tables…</p>}
      <div className="new-order-tables">
        {tables?.map((table) => (
          <button
            key={table.id}
            type="button"
            className={`table-choice${table.kind === "counter" ? " is-counter" : ""}`}
            onClick={() => onPick(table)}
          >
            {table.kind === "counter" ? `Takeaway · ${table.label}` : table.label}
          </button>
        ))}
      </div>
    </section>
  );
}

function Composer({ table, onChangeTable }: { table: MerchantTable; onChangeTable: () => void }) {
  const { shop } = useStaffSession();
  const { addOrder } = useOrderFeed();
  const { acknowledge } = useOrderAlerts();
  const [, navigate] = useLocation();
  const [menu, setMenu] = useState<TableMenu | null>(null);
  const [lines, setLines] = useState<DraftLine[]>([]);
  const [note, setNote] = useState("");
  const [choosing, setChoosing] = useState<MenuItem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // One key per composed order: a double tap or a retry after a dropped answer places it once.
  const idempotencyKey = useRef(randomId());
  const nextKey = useRef(0);
  const noteId = useId();
  const money = (minor: number) => formatMoney(minor, shop.currency, shop.locale);

  useEffect(() => {
    void boardApi.tableMenu(table.token).then((result) => {
      if (result.ok) setMenu(result.data);
      else setError(result.error.message);
    });
  }, [table.token]);

  async function send() {
    setPending(true);
    setError(null);
    const result = await boardApi.createOrder(
      { tableId: table.id, lines: toRequestLines(lines), ...(note.trim() ? { note: note.trim() } : {}) },
      idempotencyKey.current,
    );
    setPending(false);
    if (!result.ok) {
      setError(result.error.message);
      // The cart changed or an item sold out: a corrected cart is a new order.
      idempotencyKey.current = randomId();
      return;
    }
    addOrder(result.data);
    // Whoever took the order has seen it; other boards still alert.
    acknowledge([result.data]);
    navigate("/");
  }

  return (
    <div className="composer">
      <section className="composer-menu" aria-label="Menu">
        <header className="new-order-head">
          <h1>
            New order · <span className="table-label">{table.label}</span>
          </h1>
          <button type="button" className="button" onClick={onChangeTable}>
            Other table
          </button>
        </header>
        {!menu && !error && <p className="new-order-loading">Loading the menu…</p>}
        {menu?.categories.map((category) => (
          <section key={category.id} className="new-order-category" aria-label={category.name}>
            <h2>{category.name}</h2>
            <div className="item-grid">
              {category.items.map((item) => (
                <button
                  key={item.id}
                  type="button"
                  className="item-tile"
                  disabled={item.soldOut}
                  onClick={() => setChoosing(item)}
                >
                  <span className="item-name">{item.name}</span>
                  <span className="item-price">{item.soldOut ? "Sold out" : money(item.price)}</span>
                </button>
              ))}
            </div>
          </section>
        ))}
      </section>
      <aside className="composer-cart" aria-label="This order">
        <h2>Order for {table.label}</h2>
        {lines.length === 0 && <p className="cart-empty">Tap a dish to add it.</p>}
        <ul className="cart-lines">
          {lines.map((line) => (
            <li key={line.key}>
              <span className="line-qty">{line.quantity} ×</span>
              <span className="cart-line-main">
                <span className="line-main">{line.item.name}</span>
                {line.optionIds.length > 0 && (
                  <span className="line-options">
                    {line.item.optionGroups
                      .flatMap((group) => group.options)
                      .filter((option) => line.optionIds.includes(option.id))
                      .map((option) => option.name)
                      .join(", ")}
                  </span>
                )}
                {line.note && <span className="line-note">{line.note}</span>}
              </span>
              <button
                type="button"
                className="button button-quiet"
                aria-label={`Remove ${line.item.name}`}
                onClick={() => setLines((current) => current.filter((other) => other.key !== line.key))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
        <label className="field" htmlFor={noteId}>
          Note for the whole order
          <input id={noteId} value={note} maxLength={300} onChange={(event) => setNote(event.target.value)} />
        </label>
        <p className="detail-total">
          <span>Total · paid at the counter</span>
          <strong>{money(draftTotal(lines))}</strong>
        </p>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button
          type="button"
          className="button button-primary button-block send-order"
          disabled={pending || lines.length === 0}
          onClick={() => void send()}
        >
          Send to kitchen
        </button>
        <Link href="/" className="button button-block">
          Discard
        </Link>
      </aside>
      {choosing && (
        <ItemSheet
          item={choosing}
          currency={shop.currency}
          locale={shop.locale}
          onClose={() => setChoosing(null)}
          onAdd={(line) => {
            nextKey.current += 1;
            setLines((current) => [...current, { ...line, key: String(nextKey.current) }]);
            setChoosing(null);
          }}
        />
      )}
    </div>
  );
}
