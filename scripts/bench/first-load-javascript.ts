import { gzipSync } from "node:zlib";

export interface FirstLoadJavaScript {
  files: number;
  rawKiB: number;
  gzippedKiB: number;
}

/** The JavaScript a student's browser loads to open the reader: every script the page names, gzipped one by one. */
export async function readerFirstLoadJavaScript(baseUrl: string, cookie: string, assignmentId: string): Promise<FirstLoadJavaScript> {
  const html = await (await fetch(`${baseUrl}/assignments/${assignmentId}`, { headers: { cookie, accept: "text/html" } })).text();
  const sources = new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((match) => match[1]!));
  let raw = 0;
  let gzipped = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, baseUrl))).arrayBuffer());
    raw += body.length;
    gzipped += gzipSync(body).length;
  }
  return { files: sources.size, rawKiB: Math.round(raw / 1024), gzippedKiB: Math.round(gzipped / 1024) };
}
