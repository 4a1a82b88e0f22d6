"use server";

import { redirect } from "next/navigation";
import { TeacherSignUpInput } from "@/lib/auth/account-schemas";
import { signIn } from "@/lib/auth/auth";
import { signUpTeacher } from "@/lib/auth/sign-up-teacher";
import { formFields, parseForm, runFormAction, type FormState } from "@/lib/http/form-action";

export async function signUpTeacherAction(_previous: FormState<null>, form: FormData): Promise<FormState<null>> {
  const fields = formFields(form);
  const result = await runFormAction(async () => {
    await signUpTeacher(parseForm(TeacherSignUpInput, { name: fields.name, email: fields.email, password: fields.password }));
    return null;
  });
  if (!result.ok) return { ...result, values: { name: fields.name ?? "", email: fields.email ?? "" } };
  await signIn("credentials", { identifier: fields.email, password: fields.password, redirect: false });
  redirect("/classes");
}
