import { createServer, type Server, type Socket } from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import { DatabaseError } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ValidationFailed } from "@/lib/errors";
import { databaseUnavailableReason } from "./database-unavailable-reason";
import { PrismaClient } from "./generated/client";

interface FakeServer {
  port: number;
  close(): Promise<void>;
}

/** A TCP server on a free loopback port that treats every connection with `onConnection`. */
async function fakeServer(onConnection: (socket: Socket) => void): Promise<FakeServer> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    onConnection(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (typeof address !== "object" || !address) throw new Error("no port");
  return {
    port: address.port,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

const clientOn = (port: number) =>
  new PrismaClient({ adapter: new PrismaPg({ connectionString: `postgresql://slant:secret@127.0.0.1:${port}/slant`, connectionTimeoutMillis: 300 }) });

/** What each way of querying throws through a real Prisma client and adapter when the database at `port` misbehaves. */
async function errorsFrom(port: number): Promise<unknown[]> {
  const db = clientOn(port);
  try {
    return await Promise.all([
      db.$queryRaw`SELECT 1`.then(() => "answered", (error: unknown) => error),
      db.user.findMany().then(() => "answered", (error: unknown) => error),
      db.$transaction(async (tx) => tx.user.count()).then(() => "answered", (error: unknown) => error),
    ]);
  } finally {
    await db.$disconnect();
  }
}

describe("databaseUnavailableReason, on what a real Prisma client throws", () => {
  let closedPort: number;
  let resetting: FakeServer;
  let silent: FakeServer;

  beforeAll(async () => {
    const probe = await fakeServer(() => undefined);
    closedPort = probe.port;
    await probe.close(); // nothing listens there now: connections are refused
    resetting = await fakeServer((socket) => socket.destroy());
    silent = await fakeServer(() => undefined); // accepts, never answers: connecting times out
  });

  afterAll(() => Promise.all([resetting.close(), silent.close()]));

  it("names a refused connection, for raw queries, model queries and transactions alike", async () => {
    const errors = await errorsFrom(closedPort);
    expect(errors.map(databaseUnavailableReason)).toEqual(["DatabaseNotReachable", "P1001", "P1001"]);
  });

  it("names a connection the server closes at once", async () => {
    const errors = await errorsFrom(resetting.port);
    // The socket ends with EOF or with a reset, whichever the kernel delivers first.
    for (const reason of errors.map(databaseUnavailableReason)) expect(reason).toMatch(/^(Connection terminated unexpectedly|ConnectionClosed|P1017)$/);
  });

  it("names a connection that never answers, once the pool's connect timeout passes", async () => {
    const errors = await errorsFrom(silent.port);
    expect(errors.map(databaseUnavailableReason)).toEqual(Array(3).fill("Connection terminated due to connection timeout"));
  });
});

describe("databaseUnavailableReason, on other shapes", () => {
  const fatal = (code: string, message: string) => Object.assign(new DatabaseError(message, 0, "error"), { code, severity: "FATAL" });

  it.each([
    ["the server shutting down (57P01)", fatal("57P01", "terminating connection due to administrator command"), "57P01"],
    ["the server starting up (57P03)", fatal("57P03", "the database system is starting up"), "57P03"],
    ["a connection failure (08006)", fatal("08006", "connection failure"), "08006"],
    ["too many connections, as the adapter reports it", { name: "DriverAdapterError", cause: { kind: "TooManyConnections" } }, "TooManyConnections"],
    [
      "a raw query cut off by a shutdown, as Prisma wraps it (P2010)",
      { code: "P2010", meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "postgres", code: "57P01" } } } },
      "57P01",
    ],
    ["a transaction whose connection broke", new Error("Client has encountered a connection error and is not queryable"), "Client has encountered a connection error and is not queryable"],
    ["a refusal on every address of a host", new AggregateError([Object.assign(new Error("connect ECONNREFUSED ::1:5432"), { code: "ECONNREFUSED" })]), "ECONNREFUSED"],
  ])("names %s", (_what, error, reason) => {
    expect(databaseUnavailableReason(error)).toBe(reason);
  });

  it.each([
    ["a unique violation", Object.assign(new Error("Unique constraint failed"), { code: "P2002" })],
    ["a syntax error from PostgreSQL", Object.assign(new DatabaseError("syntax error", 0, "error"), { code: "42601" })],
    ["a wrong password (a setting to fix, not an outage)", { code: "P1000", meta: { driverAdapterError: { cause: { kind: "AuthenticationFailed" } } } }],
    ["a domain error", new ValidationFailed("Invalid range.")],
    ["a bug", new TypeError("Cannot read properties of undefined")],
    ["a string", "ECONNREFUSED"],
    ["nothing", undefined],
  ])("says nothing of %s", (_what, error) => {
    expect(databaseUnavailableReason(error)).toBeNull();
  });

  it("stops at a cycle of causes", () => {
    const error: { message: string; cause?: unknown } = { message: "outer" };
    error.cause = error;
    expect(databaseUnavailableReason(error)).toBeNull();
  });
});
