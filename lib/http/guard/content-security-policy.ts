/**
 * The Content-Security-Policy for pages: scripts only with this response's nonce (Next
 * adds it to its own script tags; 'strict-dynamic' lets those load the chunks they
 * import), nothing framed, no plugins, forms and links only to ourselves. Styles may be
 * inline: TipTap and React set style attributes, and CSS cannot run code.
 */
export function pageContentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** API answers are data, never documents: nothing may load from or frame them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Two years, the preload list's minimum; sent only on answers that came over https. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
