import type { User } from "@/lib/db/generated/client";
import type { AccountDto } from "./account-schemas";

export const toAccountDto = (user: Pick<User, "id" | "name" | "email" | "username" | "role">): AccountDto => ({
  id: user.id,
  name: user.name,
  email: user.email,
  username: user.username,
  role: user.role,
});
