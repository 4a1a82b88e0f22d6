"use server";

import { revalidatePath } from "next/cache";
import { passSignInGate } from "@/lib/auth/sign-in-gate";
import { CreateClassInput, UpdateClassInput } from "@/lib/classes/class-schemas";
import { createClass } from "@/lib/classes/create-class";
import { regenerateJoinCode } from "@/lib/classes/regenerate-join-code";
import { removeStudent } from "@/lib/classes/remove-student";
import { resetStudentPassword } from "@/lib/classes/reset-student-password";
import { updateClass } from "@/lib/classes/update-class";
import { formFields, parseForm, runFormAction, type FormState } from "@/lib/http/form-action";

const refresh = (classId?: string) => {
  revalidatePath("/classes");
  if (classId) revalidatePath(`/classes/${classId}`);
};

export async function createClassAction(_previous: FormState<{ id: string; name: string; joinCode: string }>, form: FormData) {
  return runFormAction(async () => {
    const created = await createClass(await passSignInGate(), parseForm(CreateClassInput, { name: formFields(form).name }));
    refresh();
    return created;
  });
}

export async function renameClassAction(classId: string, _previous: FormState<null>, form: FormData): Promise<FormState<null>> {
  return runFormAction(async () => {
    await updateClass(await passSignInGate(), classId, parseForm(UpdateClassInput, { name: formFields(form).name }));
    refresh(classId);
    return null;
  }, "Class renamed.");
}

export async function setClassArchivedAction(classId: string, archived: boolean): Promise<FormState<null>> {
  return runFormAction(async () => {
    await updateClass(await passSignInGate(), classId, { archived });
    refresh(classId);
    return null;
  });
}

export async function regenerateJoinCodeAction(classId: string): Promise<FormState<string>> {
  return runFormAction(async () => {
    const { joinCode } = await regenerateJoinCode(await passSignInGate(), classId);
    refresh(classId);
    return joinCode;
  });
}

export async function removeStudentAction(classId: string, studentId: string): Promise<FormState<null>> {
  return runFormAction(async () => {
    await removeStudent(await passSignInGate(), classId, studentId);
    refresh(classId);
    return null;
  });
}

export async function resetStudentPasswordAction(classId: string, studentId: string): Promise<FormState<string>> {
  return runFormAction(async () => (await resetStudentPassword(await passSignInGate(), classId, studentId)).temporaryPassword);
}
