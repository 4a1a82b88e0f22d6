"use server";

import { redirect } from "next/navigation";
import { ChangePasswordInput } from "@/lib/auth/account-schemas";
import { changePassword } from "@/lib/auth/change-password";
import { passSignInGate } from "@/lib/auth/sign-in-gate";
import { issueSessionCookie } from "@/lib/auth/session-cookie";
import { ValidationFailed } from "@/lib/errors";
import { formFields, parseForm, runFormAction, type FormState } from "@/lib/http/form-action";

export async function changePasswordAction(_previous: FormState<null>, form: FormData): Promise<FormState<null>> {
  const fields = formFields(form);
  const wasRequired = fields.required === "1";
  const result = await runFormAction(async () => {
    const actor = await passSignInGate({ allowPendingPasswordChange: true });
    if (fields.newPassword !== fields.confirmPassword) throw new ValidationFailed("The two new passwords are not the same.");
    const { sessionId } = await changePassword(actor, parseForm(ChangePasswordInput, { currentPassword: fields.currentPassword, newPassword: fields.newPassword }));
    await issueSessionCookie(actor, sessionId);
    return null;
  }, "Your password is changed.");
  if (result.ok && wasRequired) redirect("/assignments");
  return result;
}
