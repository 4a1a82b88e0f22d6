"use server";

import { redirect } from "next/navigation";
import { StudentSignUpInput } from "@/lib/auth/account-schemas";
import { signIn } from "@/lib/auth/auth";
import { passSignInGate } from "@/lib/auth/sign-in-gate";
import { signUpStudent } from "@/lib/auth/sign-up-student";
import { JoinClassInput } from "@/lib/classes/class-schemas";
import { joinClass } from "@/lib/classes/join-class";
import { formFields, parseForm, runFormAction, type FormState } from "@/lib/http/form-action";

/** A new student: account and class in one form, then signed in. */
export async function signUpStudentAction(_previous: FormState<null>, form: FormData): Promise<FormState<null>> {
  const fields = formFields(form);
  const identifier = (fields.identifier ?? "").trim();
  const result = await runFormAction(async () => {
    const input = parseForm(StudentSignUpInput, {
      code: fields.code,
      name: fields.name,
      password: fields.password,
      ...(identifier.includes("@") ? { email: identifier } : { username: identifier }),
    });
    await signUpStudent(input);
    return null;
  });
  if (!result.ok) return { ...result, values: { code: fields.code ?? "", name: fields.name ?? "", identifier } };
  await signIn("credentials", { identifier, password: fields.password, redirect: false });
  redirect("/assignments");
}

/** A signed-in student joins another class. */
export async function joinClassAction(_previous: FormState<string>, form: FormData): Promise<FormState<string>> {
  return runFormAction(async () => {
    const { className } = await joinClass(await passSignInGate(), parseForm(JoinClassInput, { code: formFields(form).code }));
    return className;
  });
}
