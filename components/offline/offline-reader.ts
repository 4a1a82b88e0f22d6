/** Built assets among the resources the page loaded (content-hashed: kept as they are). */
const builtAssets = (entries: PerformanceEntryList) => entries.map((entry) => entry.name).filter((url) => new URL(url).pathname.startsWith("/_next/static/"));

let watchingLateAssets = false;

/**
 * The page's side of public/sw.js: registers it, and hands it what this reader was built from
 * (its address and the assets it already loaded), so a reload without a connection still opens it.
 */
export async function keepReaderForOffline(): Promise<void> {
  if (!("serviceWorker" in navigator)) return;
  try {
    await navigator.serviceWorker.register("/sw.js", { scope: "/" });
    const registration = await navigator.serviceWorker.ready;
    const keep = (assetUrls: string[]) => registration.active?.postMessage({ type: "keep-reader", pageUrl: location.href.split("#")[0], assetUrls });
    keep(builtAssets(performance.getEntriesByType("resource")));
    // Code fetched after the page (the article editor, see ArticleViewer) may have set out before the
    // worker was in charge of the page's requests, so the worker never saw it: handed over as it lands.
    if (watchingLateAssets || typeof PerformanceObserver === "undefined") return;
    watchingLateAssets = true;
    new PerformanceObserver((list) => {
      const assetUrls = builtAssets(list.getEntries());
      if (assetUrls.length > 0) keep(assetUrls);
    }).observe({ type: "resource" });
  } catch {
    // No offline copy (private mode, an old browser): the reader works as before, online.
  }
}

/** Forgets every kept page: on a shared school computer, the next person must not find this one's work. */
export async function forgetOfflinePages(): Promise<void> {
  try {
    if ("caches" in window) await caches.delete("slant-pages-v1");
    const registration = await navigator.serviceWorker?.getRegistration();
    registration?.active?.postMessage({ type: "forget-pages" });
  } catch {
    // Nothing kept, or storage refused: nothing to forget.
  }
}
