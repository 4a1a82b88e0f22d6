import type { z } from "zod";
import { BadRequest } from "@/lib/errors";
import { readLimitedBody } from "./read-limited-body";
import { toValidationError } from "./validation-error";

/**
 * Reads and validates a JSON body without trusting its size: too large is 413,
 * not JSON is 400, the wrong shape is 422 naming the field.
 */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S, limitBytes: number): Promise<z.output<S>> {
  return parseJsonBody(await readLimitedBody(request, limitBytes), schema);
}

/** A body already read within its limit: not UTF-8 or not JSON is 400, the wrong shape is 422 naming the field. */
export function parseJsonBody<S extends z.ZodType>(bytes: Uint8Array, schema: S): z.output<S> {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new BadRequest("The request body is not valid UTF-8.", "malformed_body");
  }
  if (text.trim() === "") throw new BadRequest("The request body is empty; send a JSON object.", "malformed_json");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BadRequest("The request body is not valid JSON.", "malformed_json");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw toValidationError(parsed.error, "request body");
  return parsed.data;
}
