import type { ReactNode } from "react";
import { BellIcon, BellOffIcon, CheckIcon, ChevronRightIcon } from "../../components/PageIcons";
import { t } from "../language/i18n";
import { type ReadyAlertState, useReadyAlerts } from "./useReadyAlerts";

const outcomes: Record<"on" | "blocked" | "failed", { icon: ReactNode; title: string; body: string }> = {
  on: { icon: <CheckIcon />, title: t("notify.onTitle"), body: t("notify.onBody") },
  blocked: { icon: <BellOffIcon />, title: t("notify.blockedTitle"), body: t("notify.blockedBody") },
  failed: { icon: <BellOffIcon />, title: t("notify.failedTitle"), body: t("notify.failedBody") },
};

/**
 * "Notify me when it's ready" on the order page. The browser's permission question only ever follows the
 * diner's own tap here, after the order exists; without Web Push support nothing is shown at all.
 */
export function NotifyWhenReady({ orderId, orderToken }: { orderId: string; orderToken: string }) {
  const { state, turnOn } = useReadyAlerts(orderId, orderToken);
  if (state === "unsupported") return null;
  return (
    <section className="notify" data-testid="notify-ready" data-state={state} aria-live="polite">
      {state === "off" || state === "asking" ? (
        <OfferButton asking={state === "asking"} onClick={turnOn} />
      ) : (
        <Outcome state={state} />
      )}
    </section>
  );
}

function OfferButton({ asking, onClick }: { asking: boolean; onClick: () => void }) {
  return (
    <button
      type="button"
      className="notify-card notify-card--offer"
      disabled={asking}
      aria-busy={asking}
      onClick={onClick}
    >
      <span className="notify-card__icon" aria-hidden="true">
        <BellIcon />
      </span>
      <span className="notify-card__text">
        <span className="notify-card__title">{asking ? t("notify.asking") : t("notify.offer")}</span>
        <span className="notify-card__body">{t("notify.offerHint")}</span>
      </span>
      <ChevronRightIcon className="notify-card__chevron" />
    </button>
  );
}

function Outcome({ state }: { state: Exclude<ReadyAlertState, "unsupported" | "off" | "asking"> }) {
  const { icon, title, body } = outcomes[state];
  return (
    <div className={`notify-card notify-card--${state}`}>
      <span className="notify-card__icon" aria-hidden="true">
        {icon}
      </span>
      <span className="notify-card__text">
        <span className="notify-card__title">{title}</span>
        <span className="notify-card__body">{body}</span>
      </span>
    </div>
  );
}
