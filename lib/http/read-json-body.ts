import type { z } from "zod";
import { BadRequest, PayloadTooLarge } from "@/lib/errors";
import { toValidationError } from "./validation-error";

async function readLimited(request: Request, limitBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limitBytes) throw new PayloadTooLarge(limitBytes);
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limitBytes) {
      await reader.cancel();
      throw new PayloadTooLarge(limitBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * Reads and validates a JSON body without trusting its size: too large is 413,
 * not JSON is 400, the wrong shape is 422 naming the field.
 */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S, limitBytes: number): Promise<z.output<S>> {
  const bytes = await readLimited(request, limitBytes);
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
