import { MAX_CANCEL_REASON, type Order } from "@tabletap/shared";
import { useId, useState } from "react";
import { cancelReasons } from "./boardModel";

/**
 * Cancelling (or turning away an order waiting for approval) asks why: the diner's page shows the reason.
 * A preset covers most cases with one tap; "Other" takes a few words.
 */
export function CancelForm(props: {
  order: Order;
  onCancel: (reason: string) => Promise<boolean>;
  onKeep: () => void;
}) {
  const { order, onCancel, onKeep } = props;
  const [choice, setChoice] = useState<string | null>(null);
  const [other, setOther] = useState("");
  const [pending, setPending] = useState(false);
  const otherId = useId();
  const reason = choice === "other" ? other.trim() : choice;
  const rejecting = order.needsApproval === true;

  async function submit() {
    if (!reason) return;
    setPending(true);
    const done = await onCancel(reason);
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
          {[...cancelReasons, "other"].map((option) => (
            <label key={option} className={`reason-chip${choice === option ? " is-chosen" : ""}`}>
              <input
                type="radio"
                name="cancel-reason"
                value={option}
                checked={choice === option}
                onChange={() => setChoice(option)}
              />
              {option === "other" ? "Other…" : option}
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
      <div className="cancel-buttons">
        <button type="button" className="button" disabled={pending} onClick={onKeep}>
          Keep order
        </button>
        <button
          type="submit"
          className="button button-danger"
          data-testid="confirm-cancel"
          disabled={pending || !reason}
        >
          {rejecting ? "Reject order" : "Cancel order"}
        </button>
      </div>
    </form>
  );
}
