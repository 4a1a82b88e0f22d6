"use server";

import { PasswordResetRequestInput } from "@/lib/auth/account-schemas";
import { schedulePasswordReset } from "@/lib/auth/request-password-reset";
import { formFields, parseForm, runFormAction, type FormState } from "@/lib/http/form-action";

/** "Forgot your password?": the same answer whether or not an account has the address. */
export async function requestPasswordResetAction(_previous: FormState<null>, form: FormData): Promise<FormState<null>> {
  const { email = "" } = formFields(form);
  const result = await runFormAction(async () => schedulePasswordReset(parseForm(PasswordResetRequestInput, { email })));
  if (result.ok !== true) return { ...result, values: { email } };
  return { ok: true, value: null, message: result.value };
}
