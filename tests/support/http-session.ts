import { testEnv } from "../integration/support/test-env";

/** What came back from the app: status, headers, the raw text and the body parsed as JSON (if it is JSON). */
export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  text: string;
  body: T;
}

export interface RequestOptions {
  /** Sent as JSON unless `raw` is given; every request but GET says application/json unless `headers` says otherwise. */
  json?: unknown;
  /** Sent as is: malformed JSON, invalid UTF-8, a stream without a declared length. */
  raw?: string | Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array<ArrayBuffer>>;
  headers?: Record<string, string>;
}

/** A browser's cookie store for one site, reduced to what these tests need: names and values. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  /** Keeps the cookies a response sets; an empty value or an expiry in the past removes one. */
  store(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = header.split(";");
      const separator = pair.indexOf("=");
      if (separator <= 0) continue;
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const expired = attributes.some((attribute) => {
        const [key = "", setting = ""] = attribute.split("=").map((part) => part.trim());
        if (key.toLowerCase() === "max-age") return Number(setting) <= 0;
        if (key.toLowerCase() === "expires") return Date.parse(setting) <= Date.now();
        return false;
      });
      if (value === "" || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  set(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  has(name: string): boolean {
    return this.cookies.has(name);
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** The Cookie request header, or undefined when the jar is empty. */
  header(): string | undefined {
    if (this.cookies.size === 0) return undefined;
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

export const SESSION_COOKIE = "authjs.session-token";

/** A client of the app's JSON API that sends the jar's cookies with every request. */
export class HttpSession {
  constructor(
    readonly baseUrl: string = testEnv("SLANT_BASE_URL"),
    readonly cookies: CookieJar = new CookieJar(),
  ) {}

  get<T = unknown>(path: string, options?: RequestOptions): Promise<ApiResponse<T>> {
    return this.request<T>("GET", path, options);
  }

  post<T = unknown>(path: string, json?: unknown, options?: RequestOptions): Promise<ApiResponse<T>> {
    return this.request<T>("POST", path, { ...options, ...(json !== undefined && { json }) });
  }

  patch<T = unknown>(path: string, json?: unknown, options?: RequestOptions): Promise<ApiResponse<T>> {
    return this.request<T>("PATCH", path, { ...options, ...(json !== undefined && { json }) });
  }

  delete<T = unknown>(path: string, options?: RequestOptions): Promise<ApiResponse<T>> {
    return this.request<T>("DELETE", path, options);
  }

  /** A GET whose answer is a file: its bytes as they came, not decoded as text. */
  async download(path: string): Promise<{ status: number; headers: Headers; bytes: Uint8Array }> {
    const cookie = this.cookies.header();
    const response = await fetch(new URL(path, this.baseUrl), { headers: cookie ? { cookie } : {}, redirect: "manual" });
    this.cookies.store(response);
    return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
  }

  async request<T = unknown>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { accept: "application/json", ...options.headers };
    const cookie = this.cookies.header();
    if (cookie) headers.cookie = cookie;
    let body: RequestInit["body"];
    if (options.raw !== undefined) body = options.raw;
    else if (options.json !== undefined) body = JSON.stringify(options.json);
    // As the app's own client does: a state-changing call always declares JSON (the API refuses others).
    if (method !== "GET" && !Object.keys(headers).some((name) => name.toLowerCase() === "content-type")) headers["content-type"] = "application/json";
    // A stream has no length up front, so fetch must send it chunked ("half duplex").
    const init: RequestInit & { duplex?: "half" } = { method, headers, body, redirect: "manual" };
    if (body instanceof ReadableStream) init.duplex = "half";
    const response = await fetch(new URL(path, this.baseUrl), init);
    this.cookies.store(response);
    // An event stream does not end: its status and headers are the answer; the stream is closed unread.
    if (response.headers.get("content-type")?.startsWith("text/event-stream")) {
      await response.body?.cancel();
      return { status: response.status, headers: response.headers, text: "", body: undefined as T };
    }
    const text = await response.text();
    let parsed: unknown = undefined;
    if (text !== "") {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
    }
    return { status: response.status, headers: response.headers, text, body: parsed as T };
  }
}

/** A visitor with no session at all. */
export function anonymous(): HttpSession {
  return new HttpSession();
}

/** What POST /api/auth/callback/credentials answered, and the signed-in session if it gave one. */
export interface SignInAttempt {
  response: ApiResponse;
  session: HttpSession | null;
}

/**
 * Signs in as a browser does with Auth.js v5's credentials provider: fetch a CSRF token
 * (and its cookie), post the form, keep the cookies the redirect sets. `headers` go with
 * the post (X-Forwarded-For, to stand for another client address).
 */
export async function attemptSignIn(
  identifier: string,
  password: string,
  options: { baseUrl?: string; headers?: Record<string, string> } = {},
): Promise<SignInAttempt> {
  const baseUrl = options.baseUrl ?? testEnv("SLANT_BASE_URL");
  const jar = new CookieJar();
  const csrfResponse = await fetch(new URL("/api/auth/csrf", baseUrl), { redirect: "manual" });
  jar.store(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken?: unknown };
  if (typeof csrfToken !== "string" || csrfToken === "") throw new Error("GET /api/auth/csrf gave no csrfToken");

  const form = new URLSearchParams({ identifier, password, csrfToken, callbackUrl: `${baseUrl}/assignments` });
  const session = new HttpSession(baseUrl, jar);
  const response = await session.post("/api/auth/callback/credentials", undefined, {
    raw: form.toString(),
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "*/*", ...options.headers },
  });
  return { response, session: jar.has(SESSION_COOKIE) ? session : null };
}

/** Signs in (see attemptSignIn); throws unless a session cookie came back, so a test never runs anonymously by mistake. */
export async function signIn(identifier: string, password: string, baseUrl = testEnv("SLANT_BASE_URL")): Promise<HttpSession> {
  const { response, session } = await attemptSignIn(identifier, password, { baseUrl });
  if (!session) {
    throw new Error(`Signing in as ${identifier} gave no session (HTTP ${response.status}, Location: ${response.headers.get("location") ?? "none"})`);
  }
  return session;
}
