import { z } from "zod";

/** The PostgreSQL channel the change triggers notify on (prisma/migrations/*_change_notifications). */
export const CHANGES_CHANNEL = "slant_changes";

/**
 * What a change trigger sends: ids and a kind, never content. "annotation" and "submission"
 * name the assignment and the student whose work changed; "enrollment" the class a student
 * joined or left.
 */
export const ChangeNotice = z.discriminatedUnion("k", [
  z.object({ k: z.enum(["annotation", "submission"]), a: z.uuid(), s: z.uuid() }),
  z.object({ k: z.literal("enrollment"), c: z.uuid(), s: z.uuid() }),
]);
export type ChangeNotice = z.infer<typeof ChangeNotice>;

/** A notification's payload as a ChangeNotice, or null for anything else (another sender, a newer trigger). */
export function parseChangeNotice(payload: string): ChangeNotice | null {
  try {
    const parsed = ChangeNotice.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
