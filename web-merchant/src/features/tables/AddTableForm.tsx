import { type FormEvent, useState } from "react";
import { tablesApi } from "./tablesApi";
import type { TablesModel } from "./useTables";

/** Adds a table with a fresh code; the new card appears at the end of the list. */
export function AddTableForm({ run }: { run: TablesModel["run"] }) {
  const [label, setLabel] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const refusal = await run(tablesApi.add(label));
    setBusy(false);
    setError(refusal);
    if (refusal === null) setLabel("");
  };

  return (
    <form className="add-table" onSubmit={(event) => void submit(event)}>
      <input
        aria-label="New table name"
        placeholder="New table, e.g. T11"
        value={label}
        maxLength={40}
        required
        onChange={(event) => setLabel(event.target.value)}
      />
      <button type="submit" className="button" disabled={busy}>
        Add table
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
