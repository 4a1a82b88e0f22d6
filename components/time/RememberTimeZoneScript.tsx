import { headers } from "next/headers";
import { REMEMBER_TIME_ZONE_SCRIPT } from "@/lib/time/time-zone-cookie";

/** The inline script that tells the server the browser's zone as the page is parsed; with this response's nonce, so the CSP lets it run. */
export async function RememberTimeZoneScript() {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: REMEMBER_TIME_ZONE_SCRIPT }} />;
}
