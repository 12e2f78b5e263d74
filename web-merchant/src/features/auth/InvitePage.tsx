import type { InvitationPreview } from "@tabletap/shared";
import { type FormEvent, useEffect, useState } from "react";
import { roleLabels } from "../staff/roles";
import { accountApi } from "./accountApi";
import { NewPasswordFields, newPasswordProblem } from "./NewPasswordFields";
import { useSession } from "./session";
import "./login.css";

type Load =
  | { status: "loading" }
  | { status: "gone"; message: string }
  | { status: "ready"; invite: InvitationPreview };

// The secret rides in the #fragment, which browsers never send to the server.
const tokenFromLocation = () => window.location.hash.replace(/^#/, "");

/** Where an invitation link lands: choose a password, and the console opens signed in. */
export function InvitePage() {
  const { adopt } = useSession();
  const [token] = useState(tokenFromLocation);
  const [state, setState] = useState<Load>({ status: "loading" });
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!token)
      return setState({
        status: "gone",
        message: "This link is incomplete. Open the whole link from the invitation.",
      });
    void accountApi
      .lookupInvitation(token)
      .then((result) =>
        setState(
          result.ok
            ? { status: "ready", invite: result.data }
            : { status: "gone", message: result.error.message },
        ),
      );
  }, [token]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = newPasswordProblem(password, confirm);
    if (problem) return setError(problem);
    setBusy(true);
    const result = await accountApi.acceptInvitation(token, password);
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    window.history.replaceState(null, "", "/merchant/");
    adopt(result.data);
  }

  return (
    <main className="login">
      <form className="login-card" onSubmit={submit} aria-labelledby="invite-title">
        <div className="login-brand" aria-hidden="true">
          <span className="brand-mark" />
          TableTap
        </div>
        <h1 id="invite-title">Join the team</h1>
        {state.status === "loading" && <p className="login-lead">Checking the invitation…</p>}
        {state.status === "gone" && (
          <p className="form-error" role="alert">
            {state.message}
          </p>
        )}
        {state.status === "ready" && (
          <>
            <p className="login-lead">
              {state.invite.shopName} invited <strong>{state.invite.email}</strong> as{" "}
              {roleLabels[state.invite.role].name.toLowerCase()}. Choose a password to sign in.
            </p>
            {error && (
              <p className="form-error" role="alert">
                {error}
              </p>
            )}
            <input type="email" hidden readOnly autoComplete="username" value={state.invite.email} />
            <NewPasswordFields
              password={password}
              confirm={confirm}
              onPassword={setPassword}
              onConfirm={setConfirm}
            />
            <button className="button button-primary button-block" type="submit" disabled={busy}>
              {busy ? "Joining…" : "Join and sign in"}
            </button>
          </>
        )}
      </form>
    </main>
  );
}
