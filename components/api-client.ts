/** What came back from the API: the value, or a message to show and whether trying again may help. */
export type ApiOutcome<T> =
  | { ok: true; value: T }
  /** `retryable`: the network or server failed, not the request; sending it again may work. */
  | { ok: false; retryable: boolean; message: string; status?: number; details?: unknown };

/** One call to Slant's JSON API from the browser; errors arrive as the API's own message. */
export async function callApi<T>(method: string, url: string, body?: unknown): Promise<ApiOutcome<T>> {
  const isForm = typeof FormData !== "undefined" && body instanceof FormData;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      credentials: "same-origin",
      // Every state-changing call declares JSON, with a body or without: the API refuses other types (CSRF).
      headers: isForm || method === "GET" ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    });
  } catch {
    return { ok: false, retryable: true, message: "You seem to be offline." };
  }
  if (response.ok) {
    const value = response.status === 204 ? null : await response.json();
    return { ok: true, value: value as T };
  }
  const error = (await response.json().catch(() => null)) as { error?: { message?: string; details?: unknown } } | null;
  const message = error?.error?.message ?? `The server answered ${response.status}.`;
  // 401 too: a lapsed session comes back after signing in again in another tab.
  const retryable = response.status >= 500 || [401, 408, 429].includes(response.status);
  return { ok: false, retryable, message, status: response.status, details: error?.error?.details };
}
