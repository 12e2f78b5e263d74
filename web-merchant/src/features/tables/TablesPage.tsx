import { TableCard } from "./TableCard";
import "./tables.css";
import { useTables } from "./useTables";

export function TablesPage() {
  const { state, reload } = useTables();
  return (
    <main className="tables-page">
      <div className="page-head">
        <div>
          <h1>Tables &amp; QR codes</h1>
          <p className="page-lead">
            Each code opens the menu for its table. Print them, or download one to replace.
          </p>
        </div>
        {state.status === "ready" && state.tables.length > 0 && (
          <button type="button" className="button" onClick={() => window.print()}>
            Print all
          </button>
        )}
      </div>
      {state.status === "loading" && <p className="page-message">Loading tables…</p>}
      {state.status === "error" && (
        <div className="page-message" role="alert">
          <p>{state.message}</p>
          <button type="button" className="button" onClick={reload}>
            Try again
          </button>
        </div>
      )}
      {state.status === "ready" && state.tables.length === 0 && (
        <p className="page-message">This shop has no tables yet.</p>
      )}
      {state.status === "ready" && state.tables.length > 0 && (
        <div className="table-grid">
          {state.tables.map((table) => (
            <TableCard key={table.id} table={table} />
          ))}
        </div>
      )}
    </main>
  );
}
