"use server";

import { PasswordResetInput } from "@/lib/auth/account-schemas";
import { resetPasswordWithToken } from "@/lib/auth/reset-password-with-token";
import { ValidationFailed } from "@/lib/errors";
import { formFields, parseForm, runFormAction, type FormState } from "@/lib/http/form-action";

/** The page an emailed link opens: choose a new password, then sign in with it. */
export async function resetPasswordAction(_previous: FormState<null>, form: FormData): Promise<FormState<null>> {
  const fields = formFields(form);
  return runFormAction(async () => {
    if (fields.newPassword !== fields.confirmPassword) throw new ValidationFailed("The two new passwords are not the same.");
    await resetPasswordWithToken(parseForm(PasswordResetInput, { token: fields.token, newPassword: fields.newPassword }));
    return null;
  }, "Your password is changed. Sign in with it now.");
}
