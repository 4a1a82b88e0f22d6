import { UserRole } from "@/lib/db/generated/enums";

export const isUserRole = (value: unknown): value is UserRole =>
  typeof value === "string" && (Object.values(UserRole) as string[]).includes(value);
