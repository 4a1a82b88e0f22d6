import type { UserRole } from "@/lib/db/generated/enums";

/** Who is making a request, as the session says. Services take this, never a request. */
export interface Actor {
  id: string;
  role: UserRole;
  name: string;
}
