import {
  type CancelReasonCode,
  cancelReasonCodes,
  cancelReasonLabels,
  MAX_CANCEL_REASON,
  type Order,
} from "@tabletap/shared";
import { useId, useState } from "react";
import type { StatusDetails } from "../../lib/api";
import { useStaffSession } from "../auth/session";
import { CancelRefundNotice } from "../payments/CancelRefundNotice";
import { cancelRefundOf } from "../payments/cancelRefund";

/**
 * Cancelling (or turning away an order waiting for approval) asks why: the diner's page shows the reason.
 * A preset covers most cases with one tap and travels as its code, so the diner reads it in their own
 * language; "Other" takes a few words, shown to the diner as typed. A paid order is refunded: staff
 * who may not refund are told so, and money taken at the counter must be handed back first.
 */
export function CancelForm(props: {
  order: Order;
  onCancel: (details: StatusDetails) => Promise<boolean>;
  onKeep: () => void;
  error?: string | undefined;
}) {
  const { order, onCancel, onKeep } = props;
  const { staff, shop } = useStaffSession();
  const [choice, setChoice] = useState<CancelReasonCode | "other" | null>(null);
  const [other, setOther] = useState("");
  const [pending, setPending] = useState(false);
  const [handedBack, setHandedBack] = useState(false);
  const otherId = useId();
  const words = other.trim();
  const reason: StatusDetails | null =
    choice === "other" ? (words ? { reason: words } : null) : choice ? { reasonCode: choice } : null;
  const rejecting = order.needsApproval === true;
  const refund = cancelRefundOf(order, staff.role);
  const ready = Boolean(reason) && refund.kind !== "not_allowed" && (refund.kind !== "counter" || handedBack);

  async function submit() {
    if (!reason || !ready) return;
    setPending(true);
    const done = await onCancel({
      ...reason,
      ...(refund.kind === "counter" ? { refundedAtCounter: true } : {}),
    });
    setPending(false);
    if (done) onKeep();
  }

  return (
    <form
      className="cancel-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <fieldset>
        <legend>
          {rejecting ? "Reject" : "Cancel"} order #{order.pickupNumber}? The guest sees the reason.
        </legend>
        <div className="reason-choices">
          {[...cancelReasonCodes, "other" as const].map((option) => (
            <label key={option} className={`reason-chip${choice === option ? " is-chosen" : ""}`}>
              <input
                type="radio"
                name="cancel-reason"
                value={option}
                checked={choice === option}
                onChange={() => setChoice(option)}
              />
              {option === "other" ? "Other…" : cancelReasonLabels[option]}
            </label>
          ))}
        </div>
        {choice === "other" && (
          <label className="field" htmlFor={otherId}>
            Reason
            <input
              id={otherId}
              value={other}
              maxLength={MAX_CANCEL_REASON}
              onChange={(event) => setOther(event.target.value)}
              placeholder="A few words for the guest"
              // biome-ignore lint/a11y/noAutofocus: staff chose "Other" and will type right away
              autoFocus
            />
          </label>
        )}
      </fieldset>
      <CancelRefundNotice
        order={order}
        refund={refund}
        locale={shop.locale}
        handedBack={handedBack}
        onHandedBack={setHandedBack}
      />
      {props.error && (
        <p className="card-error" role="alert">
          {props.error}
        </p>
      )}
      <div className="cancel-buttons">
        <button type="button" className="button" disabled={pending} onClick={onKeep}>
          Keep order
        </button>
        <button
          type="submit"
          className="button button-danger"
          data-testid="confirm-cancel"
          disabled={pending || !ready}
        >
          {rejecting ? "Reject order" : "Cancel order"}
        </button>
      </div>
    </form>
  );
}
