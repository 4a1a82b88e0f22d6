// The benchmark's HTTP save ceiling for this machine: node:http and pg, nothing else. It
// parses the same JSON body a student's save sends and inserts the same row Slant would,
// with no framework, no session, no validation and no policy.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import pg from "pg";

const [port, databaseUrl, setupFile] = [Number(process.argv[2]), process.argv[3]!, process.argv[4]!];
const setup = JSON.parse(readFileSync(setupFile, "utf8")) as { text: string; submissionByCookie: Record<string, string> };
const text = setup.text;
// The cookie each virtual student sends names their submission here, standing in for a session.
const submissionByCookie = new Map(Object.entries(setup.submissionByCookie));
const pool = new pg.Pool({ connectionString: databaseUrl, max: Number(process.env.BENCH_POOL_SIZE ?? 10) });
const CONTEXT = 32;

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    void (async () => {
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { id: string; start: number; end: number; tag: string; note?: string | null };
        const submissionId = submissionByCookie.get(request.headers.cookie ?? "");
        const { id, start, end, tag } = body;
        const row = await pool.query(
          `INSERT INTO annotations (id, submission_id, start, "end", exact, prefix, suffix, tag, note, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now()) RETURNING id, start, "end", exact, tag, note, revision, created_at, updated_at`,
          [id, submissionId, start, end, text.slice(start, end), text.slice(Math.max(0, start - CONTEXT), start), text.slice(end, end + CONTEXT), tag, body.note ?? null],
        );
        response.writeHead(201, { "content-type": "application/json" });
        response.end(JSON.stringify(row.rows[0]));
      } catch (error) {
        response.writeHead(500, { "content-type": "application/json" });
        response.end(JSON.stringify({ error: String(error) }));
      }
    })();
  });
});
server.listen(port, "127.0.0.1", () => console.log(`bare save server on ${port}`));
process.once("SIGTERM", () => server.close(() => void pool.end().then(() => process.exit(0))));
