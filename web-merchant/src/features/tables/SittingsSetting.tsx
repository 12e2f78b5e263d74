import { useState } from "react";
import type { TablesModel } from "./useTables";

/** The shop's choice: hold orders from tables nobody opened (against photographed codes), or not. */
export function SittingsSetting({
  enabled,
  save,
}: {
  enabled: boolean;
  save: TablesModel["setSittingsEnabled"];
}) {
  // Shows the new choice at once; the saved one takes over when the server answers (or refuses).
  const [pending, setPending] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const toggle = async (next: boolean) => {
    setPending(next);
    setError(await save(next));
    setPending(null);
  };
  return (
    <div className="sittings-setting">
      <label>
        <input
          type="checkbox"
          checked={pending ?? enabled}
          disabled={pending !== null}
          onChange={(event) => void toggle(event.target.checked)}
        />
        <span>
          <strong>Approve orders from tables that are not open</strong>
          <span className="sittings-hint">
            Orders to pay at the counter from a closed table wait on the board until staff approve them. Open
            a table when you seat guests, close it when they leave.
          </span>
        </span>
      </label>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
