import { type FormEvent, useState } from "react";
import "./login.css";
import { useSession } from "./session";

export function LoginPage({ notice }: { notice?: string | undefined }) {
  const { signIn } = useSession();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    const failure = await signIn({ email: email.trim(), password });
    setSubmitting(false);
    if (!failure) return;
    setError(
      failure.status === 401 ? "That email and password don't match a staff account." : failure.message,
    );
  }

  const message = error ?? notice;
  return (
    <main className="login">
      <form className="login-card" onSubmit={handleSubmit} aria-labelledby="login-title">
        <div className="login-brand" aria-hidden="true">
          <span className="brand-mark" />
          TableTap
        </div>
        <h1 id="login-title">Merchant console</h1>
        <p className="login-lead">Sign in to see and prepare incoming orders.</p>
        {message && (
          <p className="form-error" role="alert">
            {message}
          </p>
        )}
        <label className="field">
          <span>Email</span>
          <input
            type="email"
            name="email"
            autoComplete="username"
            inputMode="email"
            autoCapitalize="none"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </label>
        <label className="field">
          <span>Password</span>
          <input
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        <button className="button button-primary button-block" type="submit" disabled={submitting}>
          {submitting ? "Signing in…" : "Sign in"}
        </button>
      </form>
    </main>
  );
}
