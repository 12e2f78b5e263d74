import { MIN_PASSWORD } from "./accountApi";

/** A new password typed twice, with the length rule spelled out. */
export function NewPasswordFields(props: {
  password: string;
  confirm: string;
  onPassword: (value: string) => void;
  onConfirm: (value: string) => void;
}) {
  return (
    <>
      <label className="field">
        <span>New password</span>
        <input
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD}
          value={props.password}
          onChange={(event) => props.onPassword(event.target.value)}
          aria-describedby="password-rule"
        />
      </label>
      <p id="password-rule" className="field-hint">
        At least {MIN_PASSWORD} characters. A few words you will remember works well.
      </p>
      <label className="field">
        <span>New password again</span>
        <input
          type="password"
          autoComplete="new-password"
          required
          value={props.confirm}
          onChange={(event) => props.onConfirm(event.target.value)}
        />
      </label>
    </>
  );
}

/** Why a new password cannot be sent yet, or null. */
export const newPasswordProblem = (password: string, confirm: string): string | null =>
  password.length < MIN_PASSWORD
    ? `The password needs at least ${MIN_PASSWORD} characters.`
    : password !== confirm
      ? "The two passwords are not the same."
      : null;
