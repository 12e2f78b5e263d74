import { addDays, type DailySummary, type DayRange } from "@tabletap/shared";
import { useEffect, useState } from "react";
import { reportsApi } from "./reportsApi";

/** When the day's summary is stored, and the summaries stored lately (as each day stood at closing). */
export function ClosingPanel(props: { today: string; money: (minor: number) => string }) {
  const [closingTime, setClosingTime] = useState<string | null>(null);
  const [draft, setDraft] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [summaries, setSummaries] = useState<DailySummary[]>([]);

  useEffect(() => {
    void reportsApi.settings().then((r) => {
      if (r.ok) {
        setClosingTime(r.data.closingTime);
        setDraft(r.data.closingTime);
      }
    });
    const recent: DayRange = { from: addDays(props.today, -13), to: props.today };
    void reportsApi.summaries(recent).then((r) => {
      if (r.ok) setSummaries(r.data);
    });
  }, [props.today]);

  const save = async () => {
    const result = await reportsApi.saveSettings({ closingTime: draft });
    if (result.ok) {
      setClosingTime(result.data.closingTime);
      setMessage(`Saved: each day closes at ${result.data.closingTime}.`);
    } else setMessage(result.error.message);
  };

  return (
    <section className="panel closing-panel" aria-label="End of day">
      <h2>End of day</h2>
      <p className="muted">
        At closing time the day's totals are stored for good and the owners get them by email. Times before
        06:00 close the night before.
      </p>
      <form
        className="closing-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label>
          Closing time
          <input type="time" value={draft} onChange={(e) => setDraft(e.target.value)} required />
        </label>
        <button type="submit" className="button" disabled={!draft || draft === closingTime}>
          Save
        </button>
        {message && <span role="status">{message}</span>}
      </form>
      {summaries.length > 0 && (
        <ul className="summary-list">
          {summaries.map((s) => (
            <li key={s.day}>
              <span>{s.day}</span>
              <span className="num">{props.money(s.totals.net)}</span>
              <span className="muted">{s.totals.orders} orders</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
