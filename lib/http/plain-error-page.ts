/**
 * A page answered before the app itself can render one (a broken address, the database
 * away): one self-contained document, no scripts, nothing loaded from anywhere.
 */
export const PLAIN_PAGE_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

export function plainErrorPage(page: {
  title: string;
  message: string;
  link: { href: string; text: string };
  /** Reload by itself after this many seconds (the browser asks again once the outage may be over). */
  refreshSeconds?: number;
}): string {
  const refresh = page.refreshSeconds ? `<meta http-equiv="refresh" content="${page.refreshSeconds}">` : "";
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${refresh}<title>${escapeHtml(page.title)} · Slant</title></head>` +
    `<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem">` +
    `<h1>${escapeHtml(page.title)}</h1><p>${escapeHtml(page.message)}</p>` +
    `<p><a href="${escapeHtml(page.link.href)}">${escapeHtml(page.link.text)}</a></p></body></html>`
  );
}
