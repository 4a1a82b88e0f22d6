/**
 * A minimal signed-in HTTP client for scripts (the benchmark): Auth.js's credentials
 * flow with a cookie jar, as a browser would do it.
 */
export interface SignedInClient {
  request(path: string, init?: { method?: string; body?: unknown }): Promise<Response>;
}

function storeCookies(jar: Map<string, string>, response: Response) {
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(";");
    const index = pair!.indexOf("=");
    jar.set(pair!.slice(0, index), pair!.slice(index + 1));
  }
}

export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<SignedInClient> {
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  storeCookies(jar, csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const signIn = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader() },
    body: new URLSearchParams({ email, password, csrfToken }),
  });
  storeCookies(jar, signIn);
  if (![...jar.keys()].some((name) => name.endsWith("session-token"))) throw new Error(`Could not sign in as ${email}`);
  return {
    request: (path, init = {}) =>
      fetch(`${baseUrl}${path}`, {
        method: init.method ?? "GET",
        headers: { cookie: cookieHeader(), ...(init.body !== undefined && { "content-type": "application/json" }) },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      }),
  };
}
