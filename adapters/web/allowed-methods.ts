// Which methods an address takes, so a wrong method gets 405 and an Allow header, not "no such address".

/** A route as Hono lists it (`app.routes`): "ALL" for middleware, paths with ":name" parts. */
export interface RouteEntry {
  method: string;
  path: string;
}

/**
 * The methods `path` answers to, for an Allow header: GET brings HEAD with it, as the server
 * answers HEAD for every GET. Empty when no route has this path, which is a 404, not a 405.
 *
 * @example
 * allowedMethods([{ method: "GET", path: "/static/:name" }], "/static/app.js"); // ["GET", "HEAD"]
 */
export function allowedMethods(routes: readonly RouteEntry[], path: string): string[] {
  const methods = new Set<string>();
  for (const route of routes) {
    if (route.method === "ALL" || !pathPattern(route.path).test(path)) continue;
    methods.add(route.method);
    if (route.method === "GET") methods.add("HEAD");
  }
  return [...methods];
}

function pathPattern(route: string): RegExp {
  const escaped = route
    .split("/")
    .map((part) => (part.startsWith(":") ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${escaped}/?$`);
}
