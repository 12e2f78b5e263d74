import type { Order, StaffSettableStatus } from "@tabletap/shared";
import { type ReactNode, useState } from "react";
import type { StatusDetails } from "../../lib/api";
import { actionLabels, canCancel, forwardActions } from "./boardModel";

export type ChangeStatus = (
  order: Order,
  status: StaffSettableStatus,
  details?: StatusDetails,
) => Promise<boolean>;
export type Approve = (order: Order) => Promise<boolean>;

export interface OrderActionsProps {
  order: Order;
  error: string | undefined;
  onChangeStatus: ChangeStatus;
  onApprove: Approve;
  /** Opens the order with its cancel form: a stray tap must not reach the diner, and they are told why. */
  onCancel: (order: Order) => void;
  /** Total and payment state, shown on the footer row next to Cancel. */
  summary: ReactNode;
}

/**
 * The card's footer: summary and Cancel on one row, then the next step as the biggest button at the
 * bottom, where a thumb lands. An order waiting for approval offers Approve and Reject instead.
 */
export function OrderActions({
  order,
  error,
  onChangeStatus,
  onApprove,
  onCancel,
  summary,
}: OrderActionsProps) {
  const [pending, setPending] = useState(false);
  const awaitingApproval = order.status === "placed" && order.needsApproval === true;
  // The usual next step gets the big button; a shortcut (accepted → ready) gets a smaller one.
  const [primary, ...shortcuts] = awaitingApproval ? [] : forwardActions(order);
  const cancellable = canCancel(order);

  async function run(action: () => Promise<boolean>) {
    setPending(true);
    await action();
    setPending(false);
  }

  return (
    <>
      <footer className="order-foot">
        {summary}
        {cancellable && (
          <button
            type="button"
            className="button button-quiet button-cancel"
            disabled={pending}
            onClick={() => onCancel(order)}
          >
            {awaitingApproval ? "Reject" : actionLabels.cancelled}
          </button>
        )}
      </footer>
      {error && (
        <p className="card-error" role="alert">
          {error}
        </p>
      )}
      {awaitingApproval && (
        <div className="order-actions">
          <button
            type="button"
            className="button button-primary to-approve"
            disabled={pending}
            onClick={() => void run(() => onApprove(order))}
          >
            Approve
          </button>
        </div>
      )}
      {primary && (
        <div className="order-actions">
          {shortcuts.map((status) => (
            <button
              key={status}
              type="button"
              className="button button-shortcut"
              disabled={pending}
              onClick={() => void run(() => onChangeStatus(order, status))}
            >
              {actionLabels[status]}
            </button>
          ))}
          <button
            type="button"
            className={`button button-primary to-${primary}`}
            disabled={pending}
            onClick={() => void run(() => onChangeStatus(order, primary))}
          >
            {actionLabels[primary]}
          </button>
        </div>
      )}
    </>
  );
}
