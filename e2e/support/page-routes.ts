import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

const APP = path.join(process.cwd(), "app");

/** What an address that no page serves shows (app/not-found.tsx), named as a route is. */
export const NOT_FOUND_PAGE = "(not found)";

/** Every page route under app/ ("/assignments/[id]"), one per page.tsx; route groups, "(name)", add nothing to the address. */
export function pageRoutes(dir = APP, route = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === "page.tsx" ? [route || "/"] : [];
    if (!entry.isDirectory() || entry.name === "api") return [];
    const segment = /^\(.*\)$/.test(entry.name) ? "" : `/${entry.name}`;
    return pageRoutes(path.join(dir, entry.name), route + segment);
  });
}

/** The pages a visitor can be shown: every page route, and the not-found page when app/ has one. */
export function pagesShown(): string[] {
  return [...pageRoutes(), ...(existsSync(path.join(APP, "not-found.tsx")) ? [NOT_FOUND_PAGE] : [])];
}

const patternOf = (route: string) => new RegExp(`^${route.replace(/\[[^/\]]+\]/g, "[^/]+")}/?$`);
const paramCount = (route: string) => (route.match(/\[/g) ?? []).length;

/**
 * The page route that serves `pathname` ("/assignments/new" → "/assignments/new", "/assignments/abc"
 * → "/assignments/[id]"): a fixed segment wins over a [param], as in Next.js. Any other address is the not-found page.
 */
export function routeOf(pathname: string, routes = pageRoutes()): string {
  const matching = routes.filter((route) => patternOf(route).test(pathname)).sort((a, b) => paramCount(a) - paramCount(b));
  return matching[0] ?? NOT_FOUND_PAGE;
}
