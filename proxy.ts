import type { NextRequest } from "next/server";
import { guardRequest } from "@/lib/http/guard/guard-request";

export function proxy(request: NextRequest) {
  return guardRequest(request);
}

export const config = {
  // Built assets carry no user data and need no nonce.
  matcher: ["/((?!_next/static|_next/image|icon.svg).*)"],
};
