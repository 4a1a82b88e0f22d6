"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { StudentSignUpInput } from "@/lib/auth/account-schemas";
import { passSignInGate } from "@/lib/auth/sign-in-gate";
import { signInNewAccount } from "@/lib/auth/sign-in-new-account";
import { signUpStudent } from "@/lib/auth/sign-up-student";
import { JoinClassInput } from "@/lib/classes/class-schemas";
import { joinClass } from "@/lib/classes/join-class";
import { clientAddress } from "@/lib/http/client-address";
import { formFields, parseForm, runFormAction, type FormState } from "@/lib/http/form-action";

/** A new student: account and class in one form, then signed in. */
export async function signUpStudentAction(_previous: FormState<null>, form: FormData): Promise<FormState<null>> {
  const fields = formFields(form);
  const identifier = (fields.identifier ?? "").trim();
  const address = clientAddress(await headers());
  const result = await runFormAction(async () => {
    const input = parseForm(StudentSignUpInput, {
      code: fields.code,
      name: fields.name,
      password: fields.password,
      ...(identifier.includes("@") ? { email: identifier } : { username: identifier }),
    });
    await signUpStudent(input, address);
    return null;
  });
  const values = { code: fields.code ?? "", name: fields.name ?? "", identifier };
  if (!result.ok) return { ...result, values };
  const paused = await signInNewAccount(identifier, fields.password ?? "");
  if (paused) return { ok: false, error: paused, values };
  redirect("/assignments");
}

/** A signed-in student joins another class. */
export async function joinClassAction(_previous: FormState<string>, form: FormData): Promise<FormState<string>> {
  return runFormAction(async () => {
    const actor = await passSignInGate();
    const input = parseForm(JoinClassInput, { code: formFields(form).code });
    const { className } = await joinClass(actor, input, clientAddress(await headers()));
    return className;
  });
}
