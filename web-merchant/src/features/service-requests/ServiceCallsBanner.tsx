import type { ServiceRequest } from "@tabletap/shared";
import { useState } from "react";
import { useNow } from "../../lib/clock";
import { useServiceCalls } from "./ServiceCallsProvider";
import "./service-calls.css";

/**
 * Tables calling staff, under the top bar on every page: each call with its table and what was asked, red
 * once urgent, and one button to say someone is going (every phone at that table then shows it).
 */
export function ServiceCallsBanner() {
  const { calls } = useServiceCalls();
  if (calls.length === 0) return null;
  const urgent = calls.some((call) => call.urgent);
  return (
    <section
      className={`service-calls${urgent ? " service-calls-urgent" : ""}`}
      aria-label="Tables calling staff"
      data-testid="service-calls"
      data-level={urgent ? "escalated" : "new"}
    >
      <ul className="service-call-list">
        {calls.map((call) => (
          <ServiceCallItem key={call.id} call={call} />
        ))}
      </ul>
    </section>
  );
}

function ServiceCallItem({ call }: { call: ServiceRequest }) {
  const { acknowledge } = useServiceCalls();
  const now = useNow();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const minutes = Math.max(0, Math.floor((now - Date.parse(call.createdAt)) / 60_000));
  const answer = async () => {
    setPending(true);
    setError(await acknowledge(call));
    setPending(false);
  };
  return (
    <li
      className={`service-call${call.urgent ? " service-call-urgent" : ""}`}
      role="alert"
      data-testid="service-call"
      data-urgent={call.urgent}
    >
      <span className="service-call-table">{call.tableLabel}</span>
      <span className="service-call-name">{call.name}</span>
      <span className="service-call-since">
        {call.urgent ? "Urgent · " : ""}
        {minutes === 0 ? "just now" : `${minutes} min`}
      </span>
      {error && <span className="service-call-error">{error}</span>}
      <button type="button" className="button service-call-ack" onClick={answer} disabled={pending}>
        On my way
      </button>
    </li>
  );
}
