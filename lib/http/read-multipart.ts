import { BadRequest } from "@/lib/errors";
import { readLimitedBody } from "./read-limited-body";

/** A multipart/form-data body, size-checked before it is parsed. */
export async function readMultipart(request: Request, limitBytes: number): Promise<FormData> {
  const contentType = request.headers.get("content-type") ?? "";
  const bytes = await readLimitedBody(request, limitBytes);
  try {
    return await new Response(bytes as BodyInit, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new BadRequest("The upload could not be read as multipart/form-data.", "malformed_body");
  }
}
