import "server-only";
import { requireEnv } from "@/lib/env";
import { ChangeHub } from "./change-hub";
import { startChangeListener } from "./change-listener";

// On globalThis: route handlers are bundled apart, and each bundle would otherwise hold its own
// module copy, with its own LISTEN connection.
const holder = globalThis as typeof globalThis & { slantChangeHub?: ChangeHub };

/** This instance's hub: one LISTEN connection, however many viewers. */
export function getChangeHub(): ChangeHub {
  holder.slantChangeHub ??= new ChangeHub((handlers) => startChangeListener(handlers, { connectionString: requireEnv("DATABASE_URL") }));
  return holder.slantChangeHub;
}
