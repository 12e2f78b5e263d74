import { Component, type ReactNode } from "react";
import { AlertIcon } from "../../components/Icons";
import { StatusScreen } from "../../components/StatusScreen";
import { t } from "../language/i18n";

interface State {
  failed: boolean;
}

/**
 * The last resort: a screen that failed to load or render (a chunk gone after a deploy, a long outage)
 * offers a reload instead of leaving a white page. React keeps a failed lazy import, so only a reload retries.
 */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error("A screen failed to load", error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <StatusScreen
        icon={<AlertIcon />}
        title={t("offline.failedTitle")}
        tone="warning"
        action={
          <button type="button" className="primary-button" onClick={() => window.location.reload()}>
            {t("offline.reload")}
          </button>
        }
      >
        <p>{t("offline.failedBody")}</p>
      </StatusScreen>
    );
  }
}
