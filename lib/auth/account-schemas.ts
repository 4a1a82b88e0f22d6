import { z } from "zod";
import { Email, Password, PersonName, Username } from "./identity-fields";

export const TeacherSignUpInput = z.object({ name: PersonName, email: Email, password: Password }).strict();
export type TeacherSignUpInput = z.infer<typeof TeacherSignUpInput>;

/** A class code as typed: case, spaces and dashes do not matter; anything but letters and digits is refused. */
export const JoinCode = z
  .string()
  .trim()
  .max(20)
  .transform((code) => code.toUpperCase().replace(/[\s-]/g, ""))
  .pipe(z.string().min(1, "must not be empty").regex(/^[A-Z0-9]+$/, "must be the letters and digits your teacher gave you"));

/** A student joining with a class code; they may have an email address or just a username. */
export const StudentSignUpInput = z
  .object({
    code: JoinCode,
    name: PersonName,
    email: Email.optional(),
    username: Username.optional(),
    password: Password,
  })
  .strict()
  .refine((input) => Boolean(input.email) !== Boolean(input.username), "give either an email address or a username");
export type StudentSignUpInput = z.infer<typeof StudentSignUpInput>;

export const ChangePasswordInput = z
  .object({ currentPassword: z.string().min(1, "must not be empty").max(1024), newPassword: Password })
  .strict()
  .refine((input) => input.currentPassword !== input.newPassword, "the new password must differ from the current one");
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

/** "Forgot your password?": the address to send a link to. */
export const PasswordResetRequestInput = z.object({ email: Email }).strict();
export type PasswordResetRequestInput = z.infer<typeof PasswordResetRequestInput>;

/** The token from the emailed link (32 random bytes, base64url) and the new password. */
export const PasswordResetInput = z
  .object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "must be the code from the link in the email"), newPassword: Password })
  .strict();
export type PasswordResetInput = z.infer<typeof PasswordResetInput>;

export const AccountDto = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  username: z.string().nullable(),
  role: z.enum(["ADMIN", "TEACHER", "STUDENT"]),
});
export type AccountDto = z.infer<typeof AccountDto>;
