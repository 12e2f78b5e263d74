import { boardStatuses, type OrderStatus } from "@tabletap/shared";
import { t } from "../language/i18n";

/** The happy path a diner watches, the same steps as the board's columns. Cancelled and expired leave it. */
const steps = boardStatuses;

export function StatusProgress({ status }: { status: OrderStatus }) {
  if (status === "cancelled" || status === "expired") return null;
  const reached = steps.indexOf(status as (typeof steps)[number]);
  return (
    <ol className="progress">
      {steps.map((step, index) => {
        // The last step is an end, not a wait: "completed" shows as done rather than in progress.
        const finished = status === "completed";
        const state = index < reached || finished ? "done" : index === reached ? "current" : "todo";
        return (
          <li key={step} className={`progress__step progress__step--${state}`}>
            <span className="progress__dot" aria-hidden="true" />
            <span className="progress__label">{t(`progress.${step}`)}</span>
            {state === "current" ? (
              <span className="visually-hidden"> {t("order.progressCurrent")}</span>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
