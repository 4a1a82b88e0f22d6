import type { IncomingMessage } from "node:http";
import { ClientClosedRequest, PayloadTooLarge } from "@/lib/errors";

/**
 * A Node.js request's body, refused with 413 as soon as it passes `limitBytes` (declared or
 * not), as readLimitedBody does for a web Request: the save lane reads the socket itself.
 * The rest of a refused body is not read (the answer closes the connection).
 */
export function readNodeBody(request: IncomingMessage, limitBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limitBytes) return Promise.reject(new PayloadTooLarge(limitBytes));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const fail = (error: Error) => {
      request.off("data", take);
      reject(error);
    };
    const take = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > limitBytes) return fail(new PayloadTooLarge(limitBytes));
      chunks.push(chunk);
    };
    request.on("data", take);
    request.once("end", () => resolve(Buffer.concat(chunks)));
    // The client went away mid-body (a closed tab, a dropped connection): no one to answer.
    request.once("aborted", () => fail(new ClientClosedRequest()));
    request.once("error", () => fail(new ClientClosedRequest()));
  });
}
