import type { Order, StaffSettableStatus } from "@tabletap/shared";
import { type ReactNode, useState } from "react";
import { actionLabels, canCancel, forwardActions } from "./boardModel";

export type ChangeStatus = (order: Order, status: StaffSettableStatus) => Promise<boolean>;

export interface OrderActionsProps {
  order: Order;
  error: string | undefined;
  onChangeStatus: ChangeStatus;
  /** Total and payment state, shown on the footer row next to Cancel. */
  summary: ReactNode;
}

/**
 * The card's footer: summary and Cancel on one row, then the next step as the biggest button at the
 * bottom, where a thumb lands. Cancel asks again inline, since a stray tap would reach the diner.
 */
export function OrderActions({ order, error, onChangeStatus, summary }: OrderActionsProps) {
  const [pending, setPending] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // The usual next step gets the big button; a shortcut (accepted → ready) gets a smaller one.
  const [primary, ...shortcuts] = forwardActions(order);
  const cancellable = canCancel(order);

  async function change(status: StaffSettableStatus) {
    setPending(true);
    await onChangeStatus(order, status);
    setPending(false);
    setConfirming(false);
  }

  return (
    <>
      <footer className="order-foot">
        {summary}
        {cancellable && !confirming && (
          <button
            type="button"
            className="button button-quiet button-cancel"
            disabled={pending}
            onClick={() => setConfirming(true)}
          >
            {actionLabels.cancelled}
          </button>
        )}
      </footer>
      {error && (
        <p className="card-error" role="alert">
          {error}
        </p>
      )}
      {confirming ? (
        <div className="confirm-cancel">
          <p>Cancel order #{order.pickupNumber}? The diner will see it as cancelled.</p>
          <div className="button-row">
            <button
              type="button"
              className="button button-danger"
              data-testid="confirm-cancel"
              disabled={pending}
              onClick={() => void change("cancelled")}
            >
              Yes, cancel order
            </button>
            <button type="button" className="button" disabled={pending} onClick={() => setConfirming(false)}>
              Keep order
            </button>
          </div>
        </div>
      ) : (
        primary && (
          <div className="order-actions">
            {shortcuts.map((status) => (
              <button
                key={status}
                type="button"
                className="button button-shortcut"
                disabled={pending}
                onClick={() => void change(status)}
              >
                {actionLabels[status]}
              </button>
            ))}
            <button
              type="button"
              className={`button button-primary to-${primary}`}
              disabled={pending}
              onClick={() => void change(primary)}
            >
              {actionLabels[primary]}
            </button>
          </div>
        )
      )}
    </>
  );
}
