import "server-only";
import type { z } from "zod";
import { asDatabaseUnavailable } from "@/lib/db/database-unavailable";
import { DomainError } from "@/lib/errors";
import { toValidationError } from "./validation-error";

/** A form's last result. A refused form carries back what was typed (passwords aside) so nothing is lost. */
export type FormState<T = null> =
  | { ok: true; value: T; message?: string }
  | { ok: false; error: string; values?: Record<string, string> }
  | { ok: null; values?: Record<string, string> };

export const idle: FormState<never> = { ok: null };

/**
 * FormData as a plain object of strings (the last value of a repeated field wins). A server
 * action's arguments come from the client, so anything but a form reads as an empty one
 * and fails validation with a message, never a 500.
 */
export function formFields(form: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!(form instanceof FormData)) return fields;
  for (const [key, value] of form.entries()) if (typeof value === "string") fields[key] = value;
  return fields;
}

/** Parses a form with the same schema the API uses; a problem becomes the message shown beside the form. */
export function parseForm<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw toValidationError(parsed.error, "form");
  return parsed.data;
}

/**
 * Runs a server action's work and turns a domain error (or an unreachable database) into
 * a message for the form. Anything else (and Next's redirects) is rethrown.
 */
export async function runFormAction<T>(work: () => Promise<T>, message?: string): Promise<FormState<T>> {
  try {
    return { ok: true, value: await work(), message };
  } catch (thrown) {
    const error = thrown instanceof DomainError ? thrown : asDatabaseUnavailable(thrown);
    if (error) return { ok: false, error: error.message };
    throw thrown;
  }
}
