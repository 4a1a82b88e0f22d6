import { randomBytes, randomInt } from "node:crypto";
import pg from "pg";

const LOCK_CLASS = 0x534c; // "SL": the first half of the advisory lock key, the second is random per hold

/**
 * Makes the COMMIT of chosen saves wait, so a test can see what the app does between a
 * save's INSERT and its commit. A deferred constraint trigger on annotations, for rows
 * whose note is `marker`, takes an advisory lock that the test holds from its own
 * connection: PostgreSQL runs deferred triggers at COMMIT, so such a save has written
 * its row but cannot commit until `release()`. Other rows (other tests) are untouched.
 * A held save keeps its row locks, so a student's first highlight (which makes their
 * submission row) would hold up their other saves: hold later ones.
 */
export class CommitHold {
  readonly marker = `commit-hold-${randomBytes(6).toString("hex")}`;
  private readonly key = randomInt(1, 2 ** 31 - 1);
  private readonly name = `slant_test_hold_${this.key}`;

  private constructor(private readonly client: pg.Client) {}

  static async install(databaseUrl: string): Promise<CommitHold> {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const hold = new CommitHold(client);
    await client.query(`
      CREATE FUNCTION "${hold.name}"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(${LOCK_CLASS}, ${hold.key});
        RETURN NULL;
      END $$`);
    await client.query(`
      CREATE CONSTRAINT TRIGGER "${hold.name}" AFTER INSERT ON "annotations"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
      WHEN (NEW."note" = '${hold.marker}') EXECUTE FUNCTION "${hold.name}"()`);
    return hold;
  }

  /** From now on, marked saves cannot commit. */
  async hold(): Promise<void> {
    await this.client.query("SELECT pg_advisory_lock($1, $2)", [LOCK_CLASS, this.key]);
  }

  async release(): Promise<void> {
    await this.client.query("SELECT pg_advisory_unlock($1, $2)", [LOCK_CLASS, this.key]);
  }

  /** How many transactions are at their COMMIT, waiting for the hold. */
  async waitingCommits(): Promise<number> {
    const { rows } = await this.client.query<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM pg_locks
       WHERE locktype = 'advisory' AND classid = $1 AND objid = $2 AND objsubid = 2 AND NOT granted`,
      [LOCK_CLASS, this.key],
    );
    return rows[0]!.waiting;
  }

  /** Waits until `count` marked saves have written their rows and wait to commit. */
  async untilWaiting(count: number, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((await this.waitingCommits()) < count) {
      if (Date.now() > deadline) throw new Error(`${count} saves never reached their commit (${await this.waitingCommits()} did)`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** Rows with these ids that another connection (this one) can see: committed rows only. */
  async visibleRows(ids: string[]): Promise<number> {
    const { rows } = await this.client.query<{ visible: number }>(`SELECT count(*)::int AS visible FROM "annotations" WHERE "id" = ANY($1::uuid[])`, [ids]);
    return rows[0]!.visible;
  }

  async uninstall(): Promise<void> {
    // A save still held would wait for us while DROP TRIGGER waits for it.
    await this.client.query("SELECT pg_advisory_unlock_all()");
    await this.client.query(`DROP TRIGGER IF EXISTS "${this.name}" ON "annotations"`);
    await this.client.query(`DROP FUNCTION IF EXISTS "${this.name}"()`);
    await this.client.end();
  }
}
