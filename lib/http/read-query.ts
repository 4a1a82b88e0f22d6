import type { z } from "zod";
import { toValidationError } from "./validation-error";

/** Validates the URL's query parameters (each used once) against a schema of strings. */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw toValidationError(parsed.error, "query");
  return parsed.data;
}
