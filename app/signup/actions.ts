"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { TeacherSignUpInput } from "@/lib/auth/account-schemas";
import { signInNewAccount } from "@/lib/auth/sign-in-new-account";
import { signUpTeacher } from "@/lib/auth/sign-up-teacher";
import { clientAddress } from "@/lib/http/client-address";
import { formFields, parseForm, runFormAction, type FormState } from "@/lib/http/form-action";

export async function signUpTeacherAction(_previous: FormState<null>, form: FormData): Promise<FormState<null>> {
  const fields = formFields(form);
  const address = clientAddress(await headers());
  const result = await runFormAction(async () => {
    await signUpTeacher(parseForm(TeacherSignUpInput, { name: fields.name, email: fields.email, password: fields.password }), address);
    return null;
  });
  if (!result.ok) return { ...result, values: { name: fields.name ?? "", email: fields.email ?? "" } };
  const paused = await signInNewAccount(fields.email ?? "", fields.password ?? "");
  if (paused) return { ok: false, error: paused, values: { name: fields.name ?? "", email: fields.email ?? "" } };
  redirect("/classes");
}
