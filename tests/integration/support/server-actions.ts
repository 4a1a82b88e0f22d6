import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { ApiResponse, HttpSession } from "../../support/http-session";

const root = fileURLToPath(new URL("../../../", import.meta.url));

const Manifest = z.object({
  node: z.record(z.string(), z.object({ workers: z.record(z.string(), z.unknown()), exportedName: z.string().optional() })),
});

export interface ServerAction {
  id: string;
  name: string;
  /** A page whose bundle holds the action, e.g. "app/classes/[id]/page". */
  page: string;
}

/** Every server action of the build under test, from Next's own manifest. */
export function listServerActions(): ServerAction[] {
  const distDir = process.env.SLANT_DIST_DIR ?? ".next";
  const file = path.join(root, distDir, "server", "server-reference-manifest.json");
  const manifest = Manifest.parse(JSON.parse(readFileSync(file, "utf8")));
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    name: entry.exportedName ?? id,
    page: Object.keys(entry.workers)[0] ?? "app/page",
  }));
}

/** A form's fields, sent the way React sends a FormData argument. */
export class FormArgument {
  constructor(readonly fields: Record<string, string>) {}
}

/**
 * Calls a server action as the browser does: POST to a page with the Next-Action header
 * and React's reply encoding (the arguments as JSON in part "0"; a FormData argument as
 * "$K1" whose fields are the parts prefixed "_1_").
 */
export async function callServerAction(
  session: HttpSession,
  action: ServerAction,
  args: unknown[],
  pagePath: string,
  headers: Record<string, string> = {},
): Promise<ApiResponse> {
  const body = new FormData();
  let part = 0;
  const encoded = args.map((arg) => {
    if (!(arg instanceof FormArgument)) return arg;
    part += 1;
    for (const [key, value] of Object.entries(arg.fields)) body.append(`_${part}_${key}`, value);
    return `$K${part.toString(16)}`;
  });
  body.set("0", JSON.stringify(encoded));
  const request = new Response(body);
  const raw = new Uint8Array(await request.arrayBuffer());
  return session.request("POST", pagePath, {
    raw,
    headers: {
      "content-type": request.headers.get("content-type") ?? "",
      "next-action": action.id,
      accept: "text/x-component",
      origin: new URL(session.baseUrl).origin,
      ...headers,
    },
  });
}
