// Slant's production server (what `npm start` runs): loads our TypeScript entry through
// tsx, then takes tsx's hooks away again before Next.js loads its own (compiled) code,
// so the running server pays neither memory nor time for a TypeScript loader it no longer needs.
import { register as registerHooks } from "node:module";
import { register } from "tsx/esm/api";

// Before tsx's hooks: the save lane's modules import "server-only" (see the hook).
registerHooks("./lib/server-only-hook.mjs", import.meta.url);
const unregister = register();
const { startFrontDoorServer } = await import("./front-door-server.ts");
await unregister();
try {
  await startFrontDoorServer();
} catch (error) {
  // A sentence with the fix, not a stack: a missing build, a taken port, a bad variable.
  console.error(`Slant's server could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
