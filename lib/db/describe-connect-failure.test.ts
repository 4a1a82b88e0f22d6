import { createServer, type Socket } from "node:net";
import pg, { DatabaseError } from "pg";
import { describe, expect, it } from "vitest";
import { describeConnectFailure } from "./describe-connect-failure";

const URL_SHOWN = "postgresql://slant:****@db.school.example:6543/slant";

/** What connecting with node-postgres (as the migration runner does) throws at `port`. */
async function connectError(port: number): Promise<unknown> {
  const client = new pg.Client({ connectionString: `postgresql://slant:secret@127.0.0.1:${port}/slant`, connectionTimeoutMillis: 200 });
  return client.connect().then(() => "connected", (error: unknown) => error);
}

const serverError = (code: string, message: string) => Object.assign(new DatabaseError(message, 0, "error"), { code, severity: "FATAL" });

describe("describeConnectFailure: what npm start says when DATABASE_URL does not work", () => {
  it("nothing listening: start PostgreSQL or correct DATABASE_URL", async () => {
    const probe = createServer();
    const port = await new Promise<number>((resolve) => probe.listen(0, "127.0.0.1", () => resolve((probe.address() as { port: number }).port)));
    await new Promise((resolve) => probe.close(resolve));
    expect(describeConnectFailure(await connectError(port), `postgresql://slant:****@127.0.0.1:${port}/slant`)).toBe(
      `Nothing accepts connections at 127.0.0.1:${port}, where DATABASE_URL points. Start PostgreSQL there, or correct DATABASE_URL. Or unset DATABASE_URL to use the embedded database.`,
    );
  });

  it("a server that never answers: says how long it waited and what to check", async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    const port = await new Promise<number>((resolve) => silent.listen(0, "127.0.0.1", () => resolve((silent.address() as { port: number }).port)));
    try {
      expect(describeConnectFailure(await connectError(port), URL_SHOWN)).toBe(
        "The database at db.school.example:6543 did not answer within 5 s. Check that it runs and that this machine may reach it (firewall, network), and that DATABASE_URL is right.",
      );
    } finally {
      sockets.forEach((socket) => socket.destroy());
      silent.close();
    }
  });

  it.each([
    [Object.assign(new Error("getaddrinfo ENOTFOUND db.school.example"), { code: "ENOTFOUND" }), 'The database host "db.school.example" in DATABASE_URL cannot be found.'],
    [serverError("28P01", 'password authentication failed for user "slant"'), 'refused the password (password authentication failed for user "slant"). Correct the user and password'],
    [serverError("28000", 'role "slant" does not exist'), 'refused the user (role "slant" does not exist). Correct the user name in DATABASE_URL, or create that role.'],
    [serverError("3D000", 'database "slant" does not exist'), "has no database slant (database \"slant\" does not exist). Create it (createdb), or correct its name"],
    [serverError("42501", "permission denied for schema public"), "may not change the database (permission denied for schema public); Slant's migrations create and alter tables."],
    [serverError("57P03", "the database system is starting up"), "Slant cannot reach the database at db.school.example:6543 (57P03)."],
  ])("%s", (error, sentence) => {
    expect(describeConnectFailure(error, URL_SHOWN)).toContain(sentence);
  });

  it("leaves other errors alone", () => {
    expect(describeConnectFailure(new Error("migration 20261125120000_init was changed after it was applied"), URL_SHOWN)).toBeNull();
    expect(describeConnectFailure(serverError("42P01", 'relation "x" does not exist'), URL_SHOWN)).toBeNull();
  });
});
