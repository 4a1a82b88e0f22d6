// Slant's service worker: keeps the reader open without a connection, so a student who goes
// offline can reload or reopen an assignment and find their unsaved highlights (kept in
// IndexedDB by the page) still shown. It caches only assignment pages (network first: the
// cached copy is used only when the network fails) and the built assets they load
// (content-hashed, so cache first). It never touches the API: saving is the page's job.
const PAGES = "slant-pages-v1";
const ASSETS = "slant-assets-v1";
const READER_PAGE = /^\/assignments\/[^/]+$/;

self.addEventListener("install", (event) => {
  // The API never passes through this worker at all (where the browser can route statically):
  // saving is the page's own business, and a request that goes straight to the network is
  // treated as the page's, offline included.
  if (event.addRoutes && typeof URLPattern === "function") {
    event.waitUntil(event.addRoutes([{ condition: { urlPattern: new URLPattern({ pathname: "/api/*" }) }, source: "network" }]).catch(() => {}));
  }
  self.skipWaiting();
});
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/_next/static/")) event.respondWith(cacheFirst(request));
  else if (request.mode === "navigate" && READER_PAGE.test(url.pathname)) event.respondWith(networkFirst(request));
});

// The page lists what it was built from: the assets it loaded before this worker was in charge.
self.addEventListener("message", (event) => {
  const { type, pageUrl, assetUrls } = event.data ?? {};
  if (type === "keep-reader") event.waitUntil(keepReader(pageUrl, assetUrls));
  else if (type === "forget-pages") event.waitUntil(caches.delete(PAGES));
});

async function keepReader(pageUrl, assetUrls) {
  const assets = await caches.open(ASSETS);
  const missing = [];
  for (const url of assetUrls ?? []) if (sameOrigin(url) && !(await assets.match(url))) missing.push(url);
  await Promise.all(missing.map((url) => assets.add(url).catch(() => {})));
  if (sameOrigin(pageUrl) && READER_PAGE.test(new URL(pageUrl).pathname)) {
    const pages = await caches.open(PAGES);
    if (!(await pages.match(pageUrl))) await fetchAndKeep(new Request(pageUrl, { credentials: "same-origin" }), pages).catch(() => {});
  }
}

const sameOrigin = (url) => typeof url === "string" && new URL(url, self.location.origin).origin === self.location.origin;

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) (await caches.open(ASSETS)).put(request, response.clone());
  return response;
}

async function fetchAndKeep(request, pages) {
  const response = await fetch(request);
  // Only a page the student could read: never a redirect to sign-in, never an error page.
  if (response.status === 200 && !response.redirected) await pages.put(request.url, response.clone());
  return response;
}

async function networkFirst(request) {
  const pages = await caches.open(PAGES);
  let response;
  try {
    response = await fetchAndKeep(request, pages);
  } catch {
    return (await pages.match(request.url)) ?? offlinePage();
  }
  // The server is up but failing (its database is down, say): the kept reader lets the student go on.
  if (response.status >= 500) return (await pages.match(request.url)) ?? response;
  return response;
}

function offlinePage() {
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Offline · Slant</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<body style="font-family: serif; max-width: 36rem; margin: 3rem auto; padding: 0 1rem">
<h1>You are offline</h1><p>This assignment has not been opened on this device before, so it cannot be shown without a connection.
Highlights you made on this device are kept and are sent when you are back online.</p></body></html>`;
  return new Response(html, { status: 503, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}
