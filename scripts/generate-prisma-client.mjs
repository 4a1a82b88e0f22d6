// Runs after `npm install`/`npm ci` so a fresh clone has a Prisma client before anything imports it.
import { ensurePrismaClient } from "./lib/bootstrap.mjs";

ensurePrismaClient();
