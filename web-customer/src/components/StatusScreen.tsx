import type { ReactNode } from "react";

interface StatusScreenProps {
  icon: ReactNode;
  title: string;
  children?: ReactNode;
  /** A button or link that gets the diner unstuck. */
  action?: ReactNode;
  tone?: "neutral" | "warning";
}

/** A whole-page message for the moments there is nothing else to show: loading, dead links, failures. */
export function StatusScreen({ icon, title, children, action, tone = "neutral" }: StatusScreenProps) {
  return (
    <main className="status-screen">
      <div className={`status-screen__icon status-screen__icon--${tone}`}>{icon}</div>
      <h1 className="status-screen__title">{title}</h1>
      {children ? <div className="status-screen__body">{children}</div> : null}
      {action ? <div className="status-screen__action">{action}</div> : null}
    </main>
  );
}

export function LoadingScreen({ label }: { label: string }) {
  return (
    <main className="status-screen" aria-busy="true">
      <div className="spinner" aria-hidden="true" />
      <p className="status-screen__body" role="status">
        {label}
      </p>
    </main>
  );
}
