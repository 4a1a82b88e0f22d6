import { z } from "zod";
import { JoinCode } from "@/lib/auth/account-schemas";
import { requiredPlainText } from "@/lib/text/plain-text";

const ClassName = requiredPlainText(100);

export const CreateClassInput = z.object({ name: ClassName }).strict();
export type CreateClassInput = z.infer<typeof CreateClassInput>;

export const UpdateClassInput = z
  .object({ name: ClassName.optional(), archived: z.boolean().optional() })
  .strict()
  .refine((input) => input.name !== undefined || input.archived !== undefined, "give a name or archived to change");
export type UpdateClassInput = z.infer<typeof UpdateClassInput>;

export const JoinClassInput = z.object({ code: JoinCode }).strict();
export type JoinClassInput = z.infer<typeof JoinClassInput>;

export const ClassSummaryDto = z.object({
  id: z.uuid(),
  name: z.string(),
  role: z.enum(["TEACHER", "STUDENT"]),
  archived: z.boolean(),
  /** Only for the class's teachers. */
  joinCode: z.string().optional(),
  studentCount: z.number().int(),
});
export type ClassSummaryDto = z.infer<typeof ClassSummaryDto>;

export const RosterEntryDto = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  username: z.string().nullable(),
  joinedAt: z.string(),
  /** Whether you may give this student a temporary password; if not, why not, in words to show. */
  canResetPassword: z.boolean(),
  passwordResetRefusal: z.string().nullable(),
});

export const ClassDetailDto = ClassSummaryDto.extend({ students: z.array(RosterEntryDto).optional() });
export type ClassDetailDto = z.infer<typeof ClassDetailDto>;
