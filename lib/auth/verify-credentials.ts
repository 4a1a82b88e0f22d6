import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import type { Actor } from "./actor";
import { hashPassword, verifyPassword } from "./password";

export const CredentialsInput = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1024),
});

// Checked against when no user has the email, so both paths take as long.
let decoyHash: Promise<string> | undefined;

/** The user whose email and password these are, or null. */
export async function verifyCredentials(raw: unknown): Promise<Actor | null> {
  const parsed = CredentialsInput.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = await getDb().user.findUnique({ where: { email } });
  if (!user) {
    decoyHash ??= hashPassword("decoy password for unknown users");
    await verifyPassword(await decoyHash, password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  return { id: user.id, role: user.role, name: user.name };
}
