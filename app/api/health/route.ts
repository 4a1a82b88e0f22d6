import { isDatabaseUp } from "@/lib/db/check-database";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const up = await isDatabaseUp();
  return Response.json({ status: up ? "ok" : "degraded", database: up ? "ok" : "down" }, { status: up ? 200 : 503 });
}
