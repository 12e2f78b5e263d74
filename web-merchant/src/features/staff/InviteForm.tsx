import type { InvitationCreated, StaffRole } from "@tabletap/shared";
import { type FormEvent, useState } from "react";
import { roleLabels, roleOrder } from "./roles";
import { teamApi } from "./teamApi";

/** Invites by email; the link is shown too, for shops that hand it over in person or by chat. */
export function InviteForm({ onInvited }: { onInvited: () => void }) {
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<StaffRole>("staff");
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<InvitationCreated | null>(null);
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await teamApi.invite({ email: email.trim(), role });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setSent(result.data);
    setCopied(false);
    setEmail("");
    onInvited();
  }

  async function copy(link: string) {
    await navigator.clipboard?.writeText(link).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  }

  return (
    <section className="panel" aria-labelledby="invite-title">
      <h2 id="invite-title">Invite someone</h2>
      <form className="invite-form" onSubmit={submit}>
        <label className="field">
          <span>Email</span>
          <input
            type="email"
            required
            autoCapitalize="none"
            inputMode="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </label>
        <fieldset className="choice-group">
          <legend>Role</legend>
          {roleOrder.map((option) => (
            <label key={option} className={option === role ? "choice-card is-chosen" : "choice-card"}>
              <input
                type="radio"
                name="role"
                value={option}
                checked={option === role}
                onChange={() => setRole(option)}
              />
              <strong>{roleLabels[option].name}</strong>
              <small>{roleLabels[option].can}</small>
            </label>
          ))}
        </fieldset>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button className="button button-primary" type="submit" disabled={busy}>
          {busy ? "Inviting…" : "Send invitation"}
        </button>
      </form>
      {sent && (
        <div className="invite-sent" role="status">
          <p>
            Invitation for <strong>{sent.invitation.email}</strong> sent. It works once, for 7 days. You can
            also hand over this link:
          </p>
          <div className="invite-link">
            <input readOnly value={sent.inviteUrl} aria-label="Invitation link" />
            <button type="button" className="button" onClick={() => void copy(sent.inviteUrl)}>
              {copied ? "Copied" : "Copy"}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
