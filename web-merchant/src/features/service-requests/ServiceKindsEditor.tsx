import {
  MAX_SERVICE_ESCALATE_MINUTES,
  MAX_SERVICE_KIND_NAME,
  MAX_SERVICE_KINDS,
  type ServiceKind,
  type ServiceRequestSettings,
} from "@tabletap/shared";
import { type FormEvent, useEffect, useState } from "react";
import { serviceRequestsApi } from "./serviceRequestsApi";
import "./service-calls.css";
import { FormMessages } from "../shell/FormMessages";

/** A new entry's id: stable while the name changes, whatever script the name is written in. */
const newKindId = () => `k-${Math.random().toString(36).slice(2, 10)}`;

/**
 * The owner's list of what diners may call staff for from their table (up to eight), and after how many
 * minutes an unanswered call turns urgent on the boards.
 */
export function ServiceKindsEditor() {
  const [draft, setDraft] = useState<ServiceRequestSettings | null>(null);
  const [minutes, setMinutes] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void serviceRequestsApi.settings().then((result) => {
      if (!result.ok) return setError(result.error.message);
      setDraft(result.data);
      setMinutes(String(result.data.escalateAfterMinutes));
    });
  }, []);

  if (!draft) {
    return error ? (
      <p className="page-message" role="alert">
        {error}
      </p>
    ) : null;
  }

  const setKinds = (kinds: ServiceKind[]) => {
    setDraft({ ...draft, kinds });
    setNotice(null);
  };
  const rename = (index: number, name: string) =>
    setKinds(draft.kinds.map((kind, at) => (at === index ? { ...kind, name } : kind)));

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    const value = Number(minutes);
    if (
      minutes.trim() === "" ||
      !Number.isInteger(value) ||
      value < 0 ||
      value > MAX_SERVICE_ESCALATE_MINUTES
    ) {
      return setError(`Enter whole minutes from 0 to ${MAX_SERVICE_ESCALATE_MINUTES} (0 = never).`);
    }
    const kinds = draft.kinds.map((kind) => ({ ...kind, name: kind.name.trim() }));
    if (kinds.some((kind) => kind.name === "")) return setError("Give every entry a name, or remove it.");
    setBusy(true);
    setError(null);
    const result = await serviceRequestsApi.saveSettings({ kinds, escalateAfterMinutes: value });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setDraft(result.data);
    setNotice("Saved. Diners see the new list the next time they open it.");
  }

  return (
    <form
      className="panel shop-settings-form service-kinds"
      onSubmit={save}
      aria-labelledby="service-kinds-title"
    >
      <h2 id="service-kinds-title">Calling staff</h2>
      <p className="field-hint">
        What diners at a table can ask for from the menu page. Each call shows on every board, chiming until
        someone taps "On my way".
      </p>
      <ul className="service-kinds-list">
        {draft.kinds.map((kind, index) => (
          <li key={kind.id} className="service-kinds-row">
            <input
              aria-label={`Entry ${index + 1}`}
              value={kind.name}
              maxLength={MAX_SERVICE_KIND_NAME}
              onChange={(event) => rename(index, event.target.value)}
            />
            <button
              type="button"
              className="button"
              disabled={draft.kinds.length === 1}
              onClick={() => setKinds(draft.kinds.filter((_, at) => at !== index))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button"
        disabled={draft.kinds.length >= MAX_SERVICE_KINDS}
        onClick={() => setKinds([...draft.kinds, { id: newKindId(), name: "" }])}
      >
        + Add an entry
      </button>
      <label className="field">
        <span>Urgent after (minutes)</span>
        <input
          inputMode="numeric"
          value={minutes}
          onChange={(event) => {
            setMinutes(event.target.value);
            setNotice(null);
          }}
        />
        <small className="field-hint">
          A call nobody answered by then turns red on the boards; 0 = never.
        </small>
      </label>
      <FormMessages error={error} notice={notice} />
      <div className="settings-actions">
        <button className="button button-primary" type="submit" disabled={busy}>
          {busy ? "Saving…" : "Save the list"}
        </button>
      </div>
    </form>
  );
}
