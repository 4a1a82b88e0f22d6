import type { ApiResponse } from "../../support/http-session";

/**
 * What a server action answered, as the form showing it would tell: it went through ("ok"),
 * it sent the browser on ("redirect"), or it was refused, and why: no session ("sign-in"),
 * a password to choose first ("change-password"), a thing the actor may not see
 * ("not-found"), or any other refusal ("refused": not allowed, or not possible now).
 */
export type ActionOutcome = "ok" | "redirect" | "sign-in" | "change-password" | "not-found" | "refused";

export interface ReadOutcome {
  outcome: ActionOutcome | "unreadable";
  /** The error message, the redirect's target or what could not be read. */
  detail: string;
}

/** Sorts a refusal's message into the kinds above; the messages are lib/errors.ts's. */
function refusalKind(message: string): ActionOutcome {
  if (message === "Sign in to continue.") return "sign-in";
  if (message.startsWith("Choose a new password first")) return "change-password";
  if (message.endsWith(" was not found.")) return "not-found";
  return "refused";
}

/** The rows of a React Server Components reply, by id: `1:{"ok":false,...}`. */
function rscRows(text: string): Map<string, string> {
  const rows = new Map<string, string>();
  for (const line of text.split("\n")) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match) rows.set(match[1]!, match[2]!);
  }
  return rows;
}

function parseJson(text: string | undefined): unknown {
  try {
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Reads a server action's reply: a redirect is Next's x-action-redirect header; otherwise row 0
 * names the row holding the action's return value ("a":"$@1"), a FormState {ok, error?}.
 */
export function readActionOutcome(response: ApiResponse): ReadOutcome {
  const redirect = response.headers.get("x-action-redirect");
  if (redirect) return { outcome: "redirect", detail: redirect };
  if (response.status !== 200) return { outcome: "unreadable", detail: `HTTP ${response.status}: ${response.text.slice(0, 200)}` };
  const rows = rscRows(response.text);
  const head = parseJson(rows.get("0")) as { a?: unknown } | undefined;
  const reference = typeof head?.a === "string" && head.a.startsWith("$@") ? head.a.slice(2) : null;
  const value = (reference === null ? head?.a : parseJson(rows.get(reference))) as { ok?: unknown; error?: unknown } | undefined;
  if (value?.ok === true) return { outcome: "ok", detail: "" };
  if (value?.ok === false && typeof value.error === "string") return { outcome: refusalKind(value.error), detail: value.error };
  return { outcome: "unreadable", detail: response.text.slice(0, 200) };
}
