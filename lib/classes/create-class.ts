import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import type { CreateClassInput } from "./class-schemas";
import { generateJoinCode } from "./join-code";

const ATTEMPTS = 5;

/** Runs `write` with fresh join codes until one is not taken (31^6 codes: a clash is rare). */
export async function withUniqueJoinCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write(generateJoinCode());
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= ATTEMPTS) throw error;
    }
  }
}

/** A teacher makes a class, which they teach, with a new join code. */
export async function createClass(actor: Actor, input: CreateClassInput) {
  authorize(actor, "class:create", null, "Only teachers can create classes.");
  const created = await withUniqueJoinCode((joinCode) =>
    getDb().class.create({ data: { name: input.name, joinCode, enrollments: { create: { userId: actor.id, role: "TEACHER" } } } }),
  );
  return { id: created.id, name: created.name, joinCode: created.joinCode };
}
