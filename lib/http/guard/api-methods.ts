import { API_OPERATIONS, type HttpMethod } from "@/lib/http/openapi/api-catalogue";

interface RouteMethods {
  pattern: RegExp;
  /** Fewer parameters is more specific: /api/classes/join beats /api/classes/{id}. */
  parameters: number;
  methods: Set<HttpMethod>;
}

const routes: RouteMethods[] = [];
for (const operation of API_OPERATIONS) {
  let route = routes.find((r) => r.pattern.source === toPattern(operation.path).source);
  if (!route) {
    route = { pattern: toPattern(operation.path), parameters: (operation.path.match(/\{/g) ?? []).length, methods: new Set() };
    routes.push(route);
  }
  route.methods.add(operation.method);
}

function toPattern(path: string): RegExp {
  const source = path
    .split("/")
    .map((segment) => (segment.startsWith("{") ? "[^/]+" : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${source}$`);
}

/**
 * The methods the API route at `pathname` answers, from the catalogue the OpenAPI
 * document is built from; null for a path that is no route of ours (Auth.js's, unknown).
 */
export function allowedApiMethods(pathname: string): HttpMethod[] | null {
  const matching = routes.filter((route) => route.pattern.test(pathname));
  if (matching.length === 0) return null;
  const fewest = Math.min(...matching.map((route) => route.parameters));
  return [...new Set(matching.filter((route) => route.parameters === fewest).flatMap((route) => [...route.methods]))];
}
