import type { FeedStatus } from "../board/orderSync";

const labels: Record<FeedStatus, string> = {
  connecting: "Connecting…",
  syncing: "Syncing…",
  live: "Live",
  reconnecting: "Reconnecting…",
};

export function ConnectionIndicator({ status }: { status: FeedStatus }) {
  return (
    <span
      className={`connection connection-${status}`}
      role="status"
      data-testid="connection-status"
      data-state={status}
      title={
        status === "live"
          ? "New orders appear instantly"
          : "New orders may be delayed until the connection is back"
      }
    >
      <span className="connection-dot" aria-hidden="true" />
      {labels[status]}
    </span>
  );
}
