/** The one route that takes a file upload as multipart/form-data. */
const MULTIPART_ROUTES = new Set(["POST /api/articles"]);

/** The import takes a W3C Web Annotation file as it was exported: JSON, or JSON-LD by its own media type. */
const JSON_LD_ROUTE = /^\/api\/assignments\/[^/]+\/import$/;

/** "Multipart/Form-Data; boundary=x" → "multipart/form-data" (media types are case-insensitive). */
export const mediaType = (contentType: string | null) => (contentType ?? "").split(";")[0]!.trim().toLowerCase();

/**
 * Whether a state-changing API request declares a body type that a cross-site form or a
 * `no-cors` fetch could not send without a preflight: JSON, multipart on the upload route
 * (which the origin check guards), or JSON-LD on the import route (no form can send it either,
 * and a script only after a preflight). A POST declares JSON even when it has no body,
 * since an empty "simple" POST from another page would otherwise get through; a PUT,
 * PATCH or DELETE without a body needs nothing (browsers preflight those methods).
 */
export function isAcceptedApiContentType(method: string, pathname: string, headers: Headers): boolean {
  const hasBody = Number(headers.get("content-length") ?? 0) > 0 || headers.has("transfer-encoding");
  if (method !== "POST" && !hasBody) return true;
  const type = mediaType(headers.get("content-type"));
  if (type === "application/json") return true;
  if (type === "application/ld+json") return method === "POST" && JSON_LD_ROUTE.test(pathname);
  return type === "multipart/form-data" && MULTIPART_ROUTES.has(`${method} ${pathname}`);
}
