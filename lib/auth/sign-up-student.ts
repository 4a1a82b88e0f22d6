import "server-only";
import { findClassByJoinCode } from "@/lib/classes/find-class-by-join-code";
import { getDb } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { Conflict } from "@/lib/errors";
import { claimSignUp } from "@/lib/limits/sign-up-limits";
import type { AccountDto, StudentSignUpInput } from "./account-schemas";
import { hashPassword } from "./password";
import { assertAcceptablePassword } from "./password-rule";
import { toAccountDto } from "./to-account-dto";

/**
 * Creates a student account and enrols it in the class whose join code was given, in one
 * step. `address` is the client's: sign-ups and wrong codes from it are limited.
 */
export async function signUpStudent(input: StudentSignUpInput, address: string): Promise<AccountDto & { classId: string; className: string }> {
  assertAcceptablePassword(input.password, input);
  await claimSignUp(address);
  const passwordHash = await hashPassword(input.password);
  try {
    return await getDb().$transaction(async (tx) => {
      const joined = await findClassByJoinCode(tx, input.code, address);
      const user = await tx.user.create({
        data: {
          name: input.name,
          email: input.email ?? null,
          username: input.username ?? null,
          role: "STUDENT",
          passwordHash,
          enrollments: { create: { classId: joined.id, role: "STUDENT" } },
        },
      });
      return { ...toAccountDto(user), classId: joined.id, className: joined.name };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new Conflict(input.email ? "An account with this email address already exists. Sign in and join with the code." : "That username is taken. Choose another.");
    }
    throw error;
  }
}
