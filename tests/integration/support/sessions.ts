import { CookieJar, HttpSession, SESSION_COOKIE } from "../../support/http-session";

/** Another client holding a copy of `session`'s cookie, as someone who copied it from a browser would. */
export function copyOf(session: HttpSession): HttpSession {
  const value = session.cookies.get(SESSION_COOKIE);
  if (!value) throw new Error("The session has no session cookie to copy");
  const jar = new CookieJar();
  jar.set(SESSION_COOKIE, value);
  return new HttpSession(session.baseUrl, jar);
}

/** Signs out as the sign-out button does through Auth.js: fetch a CSRF token, post it to /api/auth/signout. */
export async function signOutOver(session: HttpSession): Promise<number> {
  const csrf = await session.get<{ csrfToken: string }>("/api/auth/csrf");
  const response = await session.request("POST", "/api/auth/signout", {
    raw: new URLSearchParams({ csrfToken: csrf.body.csrfToken }).toString(),
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
  return response.status;
}
