import "server-only";
import { headers } from "next/headers";
import { acceptedLanguages } from "./accept-language";

/** The languages the viewer's browser asks for, for formatting dates on the server as they read them. */
export async function viewerLanguages(): Promise<string[]> {
  return acceptedLanguages((await headers()).get("accept-language"));
}
