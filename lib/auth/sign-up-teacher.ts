import "server-only";
import { canonicalizePlainText } from "@/lib/articles/canonical-text";
import { readSampleArticle, SAMPLE_ARTICLE_TITLE } from "@/lib/articles/sample-article";
import { getDb } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { Conflict } from "@/lib/errors";
import { claimSignUp } from "@/lib/limits/sign-up-limits";
import type { AccountDto, TeacherSignUpInput } from "./account-schemas";
import { hashPassword } from "./password";
import { assertAcceptablePassword } from "./password-rule";
import { toAccountDto } from "./to-account-dto";

/** Creates a teacher account whose library starts with the bundled sample article; sign-ups from `address` (the client's) are limited. */
export async function signUpTeacher(input: TeacherSignUpInput, address: string): Promise<AccountDto> {
  assertAcceptablePassword(input.password, input);
  await claimSignUp(address);
  const passwordHash = await hashPassword(input.password);
  const sample = canonicalizePlainText(await readSampleArticle());
  try {
    const user = await getDb().user.create({
      data: {
        name: input.name,
        email: input.email,
        role: "TEACHER",
        passwordHash,
        articles: { create: { title: SAMPLE_ARTICLE_TITLE, versions: { create: { number: 1, text: sample } } } },
      },
    });
    return toAccountDto(user);
  } catch (error) {
    if (isUniqueViolation(error)) throw new Conflict("An account with this email address already exists. Sign in instead.");
    throw error;
  }
}
