import { can } from "@tabletap/shared";
import { Link } from "wouter";
import { useStaffSession } from "../auth/session";
import { AddTableForm } from "./AddTableForm";
import { SittingsSetting } from "./SittingsSetting";
import { TableCard } from "./TableCard";
import "./tables.css";
import { useTables } from "./useTables";

export function TablesPage() {
  const { staff } = useStaffSession();
  const model = useTables();
  const { state, reload, run } = model;
  const canManage = can(staff.role, "tables.manage");
  const tables = state.status === "ready" ? state.tables.filter((t) => t.kind === "table") : [];
  const counters = state.status === "ready" ? state.tables.filter((t) => t.kind === "counter") : [];
  const seated = tables.filter((t) => t.sitting).length;

  return (
    <main className="tables-page">
      <div className="page-head">
        <div>
          <h1>Tables</h1>
          <p className="page-lead">
            Open a table when you seat guests and close it when they leave.
            {canManage && " Each code opens the menu for its table."}
          </p>
        </div>
        {canManage && state.status === "ready" && (
          <Link href="/tables/print" className="button button-primary">
            Print QR sheet
          </Link>
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
      {state.status === "ready" && (
        <>
          {canManage && (
            <div className="tables-toolbar">
              <SittingsSetting enabled={state.sittingsEnabled} save={model.setSittingsEnabled} />
              <AddTableForm run={run} />
            </div>
          )}
          <h2 className="tables-section">
            Tables <span className="tables-count">{`${seated} of ${tables.length} open`}</span>
          </h2>
          {tables.length === 0 && <p className="page-message">This shop has no tables yet.</p>}
          <div className="table-grid">
            {tables.map((table) => (
              <TableCard key={table.id} table={table} canManage={canManage} run={run} />
            ))}
          </div>
          {canManage && counters.length > 0 && (
            <>
              <h2 className="tables-section">Takeaway counter</h2>
              <p className="page-lead">
                One code for takeaway orders, called by their daily pickup number. No table to open.
              </p>
              <div className="table-grid">
                {counters.map((table) => (
                  <TableCard key={table.id} table={table} canManage={canManage} run={run} />
                ))}
              </div>
            </>
          )}
        </>
      )}
    </main>
  );
}
