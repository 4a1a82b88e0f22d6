// Slant's production server (what `npm start` runs): loads our TypeScript entry through
// tsx, then takes tsx's hooks away again before Next.js loads its own (compiled) code,
// so the running server pays neither memory nor time for a TypeScript loader it no longer needs.
import { register } from "tsx/esm/api";

const unregister = register();
const { startFrontDoorServer } = await import("./front-door-server.ts");
await unregister();
await startFrontDoorServer();
