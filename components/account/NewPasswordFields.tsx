import { PASSWORD_HINT, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-limits";

/** "New password" and "again", with the rule said beside them, for choosing a password. */
export function NewPasswordFields() {
  return (
    <>
      <label htmlFor="newPassword">New password (at least {PASSWORD_MIN_LENGTH} characters)</label>
      <input
        id="newPassword"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        aria-describedby="newPassword-hint"
      />
      <p className="muted field-help" id="newPassword-hint">
        {PASSWORD_HINT}
      </p>
      <label htmlFor="confirmPassword">New password again</label>
      <input id="confirmPassword" name="confirmPassword" type="password" autoComplete="new-password" required minLength={PASSWORD_MIN_LENGTH} />
    </>
  );
}
