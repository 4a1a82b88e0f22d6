import type { UserRole } from "@/lib/db/generated/enums";

/** Who is making a request, as the session and the users table say. Services take this, never a request. */
export interface Actor {
  id: string;
  role: UserRole;
  name: string;
  /** After a teacher reset their password: nothing but choosing a new one is allowed. */
  mustChangePassword: boolean;
}
