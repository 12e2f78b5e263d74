import { type FormEvent, useId, useState } from "react";
import { ApiRequestError } from "../../lib/api";
import { t } from "../language/i18n";
import { emailReceipt } from "./receiptApi";

type Sending =
  | { state: "idle" }
  | { state: "sending" }
  | { state: "sent"; to: string }
  | { state: "failed"; message: string };

/**
 * Offered only on the phone that placed the order (it alone holds the order token the request needs).
 * Never required; the address goes to the server for this one email and is not kept on the phone.
 */
export function EmailReceiptForm({ orderId, orderToken }: { orderId: string; orderToken: string }) {
  const [email, setEmail] = useState("");
  const [sending, setSending] = useState<Sending>({ state: "idle" });
  const id = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSending({ state: "sending" });
    try {
      await emailReceipt(orderId, orderToken, email.trim());
      setSending({ state: "sent", to: email.trim() });
      setEmail("");
    } catch (error) {
      setSending({
        state: "failed",
        message: error instanceof ApiRequestError ? error.message : t("errors.generic"),
      });
    }
  };
  return (
    <form className="card receipt-email" onSubmit={(event) => void submit(event)}>
      <h2 className="card__title">{t("receipt.emailTitle")}</h2>
      <label className="receipt-email__label" htmlFor={`${id}-email`}>
        {t("receipt.emailLabel")}
      </label>
      <div className="receipt-email__row">
        <input
          id={`${id}-email`}
          className="field__input"
          type="email"
          inputMode="email"
          autoComplete="email"
          required
          maxLength={254}
          value={email}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setEmail(event.target.value)}
        />
        <button type="submit" className="secondary-button" disabled={sending.state === "sending"}>
          {sending.state === "sending" ? t("receipt.emailSending") : t("receipt.emailSend")}
        </button>
      </div>
      <p id={`${id}-hint`} className="receipt-email__hint">
        {t("receipt.emailHint")}
      </p>
      <p className={`receipt-email__status receipt-email__status--${sending.state}`} role="status">
        {sending.state === "sent"
          ? t("receipt.emailSent", { email: sending.to })
          : sending.state === "failed"
            ? sending.message
            : ""}
      </p>
    </form>
  );
}
