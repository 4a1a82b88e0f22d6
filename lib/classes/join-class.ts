import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import type { JoinClassInput } from "./class-schemas";
import { findClassByJoinCode } from "./find-class-by-join-code";

/** A signed-in student joins the class with this code; joining twice changes nothing. `address` is the client's, for the guess limit. */
export async function joinClass(actor: Actor, input: JoinClassInput, address: string): Promise<{ classId: string; className: string }> {
  authorize(actor, "class:join", null, "Only students join classes with a code.");
  const db = getDb();
  const joined = await findClassByJoinCode(db, input.code, address);
  await db.enrollment.createMany({ data: [{ classId: joined.id, userId: actor.id, role: "STUDENT" }], skipDuplicates: true });
  return { classId: joined.id, className: joined.name };
}
