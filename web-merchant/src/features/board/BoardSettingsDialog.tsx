import { MAX_ESCALATE_AFTER_MINUTES } from "@tabletap/shared";
import { useEffect, useId, useRef, useState } from "react";
import { boardApi } from "./boardApi";
import { useOrderFeed } from "./OrderFeedProvider";

/** Managers choose after how many minutes an order nobody accepted is flagged late on every board. */
export function BoardSettingsDialog({ onClose }: { onClose: () => void }) {
  const { settings, applySettings } = useOrderFeed();
  const [minutes, setMinutes] = useState(String(settings.escalateAfterMinutes));
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputId = useId();
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  async function save() {
    const value = Number(minutes);
    if (!Number.isInteger(value) || value < 1 || value > MAX_ESCALATE_AFTER_MINUTES) {
      setError(`Enter whole minutes from 1 to ${MAX_ESCALATE_AFTER_MINUTES}.`);
      return;
    }
    setPending(true);
    const result = await boardApi.saveSettings({ escalateAfterMinutes: value });
    setPending(false);
    if (!result.ok) return setError(result.error.message);
    applySettings(result.data);
    onClose();
  }

  return (
    <dialog
      ref={dialogRef}
      className="settings-dialog"
      aria-labelledby="board-settings-title"
      onClose={onClose}
    >
      <form
        className="settings-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2 id="board-settings-title">Board settings</h2>
        <label className="field" htmlFor={inputId}>
          Flag an order as late when nobody has accepted it after
          <span className="minutes-input">
            <input
              id={inputId}
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_ESCALATE_AFTER_MINUTES}
              step={1}
              value={minutes}
              onChange={(event) => setMinutes(event.target.value)}
            />
            minutes
          </span>
        </label>
        <p className="settings-hint">
          A late order turns red on every board and its alert sounds louder and more often until someone
          accepts it.
        </p>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="settings-buttons">
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
          <button type="submit" className="button button-primary" disabled={pending}>
            Save
          </button>
        </div>
      </form>
    </dialog>
  );
}
