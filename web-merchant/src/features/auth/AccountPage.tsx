import { type FormEvent, useState } from "react";
import { roleLabels } from "../staff/roles";
import { accountApi } from "./accountApi";
import { NewPasswordFields, newPasswordProblem } from "./NewPasswordFields";
import { useStaffSession } from "./session";
import "../staff/staff.css";
import "./account.css";

export function AccountPage() {
  const { staff, shop } = useStaffSession();
  const [current, setCurrent] = useState("");
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [message, setMessage] = useState<{ kind: "error" | "done"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = newPasswordProblem(password, confirm);
    if (problem) return setMessage({ kind: "error", text: problem });
    setBusy(true);
    const result = await accountApi.changePassword({ currentPassword: current, newPassword: password });
    setBusy(false);
    if (!result.ok) return setMessage({ kind: "error", text: result.error.message });
    setCurrent("");
    setPassword("");
    setConfirm("");
    setMessage({
      kind: "done",
      text: "Password changed. Other devices signed in as you have been signed out.",
    });
  }

  return (
    <main className="account-page">
      <div className="page-head">
        <div>
          <h1>Your account</h1>
          <p className="page-lead">
            {staff.email} · {roleLabels[staff.role].name} at {shop.name}
          </p>
        </div>
      </div>
      <form className="panel account-form" onSubmit={submit} aria-labelledby="password-title">
        <h2 id="password-title">Change password</h2>
        {message && (
          <p
            className={message.kind === "error" ? "form-error" : "form-done"}
            role={message.kind === "error" ? "alert" : "status"}
          >
            {message.text}
          </p>
        )}
        <label className="field">
          <span>Current password</span>
          <input
            type="password"
            autoComplete="current-password"
            required
            value={current}
            onChange={(event) => setCurrent(event.target.value)}
          />
        </label>
        <NewPasswordFields
          password={password}
          confirm={confirm}
          onPassword={setPassword}
          onConfirm={setConfirm}
        />
        <button className="button button-primary" type="submit" disabled={busy}>
          {busy ? "Saving…" : "Change password"}
        </button>
      </form>
    </main>
  );
}
