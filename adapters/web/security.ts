// The headers every response carries: a Content-Security-Policy without inline script, no sniffing, no referrer, and who may frame the page.
import type { HttpBindings } from "@hono/node-server";
import { Hono, type MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";

/**
 * Security headers for the site's pages and API. Scripts, styles and images come from this
 * site only, and nothing inline runs. Only `/embed` may be framed, and only by `embedOrigins`
 * (none by default); every other page refuses all frames. No referrer is sent, since a page's
 * address holds the question asked.
 * @example app.use("/embed/*", securityHeaders({ embedOrigins: ["https://healthwatch.example"] }))
 */
export function securityHeaders({
  embedOrigins,
}: {
  embedOrigins: string[] | null;
}): MiddlewareHandler {
  const frameable = embedOrigins !== null;
  const frameAncestors = frameable && embedOrigins.length > 0 ? embedOrigins : ["'none'"];
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'"],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      baseUri: ["'none'"],
      frameAncestors,
    },
    referrerPolicy: "no-referrer",
    xContentTypeOptions: "nosniff",
    // X-Frame-Options cannot name several sites: /embed relies on frame-ancestors alone.
    xFrameOptions: frameable ? false : "DENY",
    // HTTPS, and so HSTS, belongs to the proxy in front: sent from here it could pin a council's
    // other sites on the same domain to HTTPS.
    strictTransportSecurity: false,
    crossOriginResourcePolicy: "same-origin",
    crossOriginOpenerPolicy: "same-origin",
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [] },
  });
}

/**
 * The report's headers: it is a whole HTML document made elsewhere, with its own inline styles
 * and pictures, so it may use those, and no script at all.
 */
export const reportHeaders: MiddlewareHandler = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    styleSrc: ["'unsafe-inline'"],
    imgSrc: ["data:"],
    baseUri: ["'none'"],
    formAction: ["'none'"],
    frameAncestors: ["'none'"],
  },
  referrerPolicy: "no-referrer",
  xFrameOptions: "DENY",
  strictTransportSecurity: false,
});

/**
 * Puts the headers of `pick(path)`'s middleware, and `Cache-Control: no-store` unless the route
 * sets its own (as the static files do), on every response.
 *
 * Served by Node, each middleware's headers are read once and set on Node's response before the
 * route runs. Run as a middleware, it sets them on the finished response instead, which makes
 * @hono/node-server copy every response's headers through a web `Headers` object: over a tenth
 * of the server's time in a flood of questions. Until they are read, and where there is no Node
 * response (`app.request`, the warm-up), the middleware itself runs, so the headers are the same.
 *
 * @example app.use("*", withSiteHeaders((path) => (path.startsWith("/embed") ? embedHeaders : pageHeaders)))
 */
export function withSiteHeaders(pick: (path: string) => MiddlewareHandler): MiddlewareHandler {
  const known = new Map<MiddlewareHandler, [string, string][]>();
  const reading = new Set<MiddlewareHandler>();
  return (c, next) => {
    const middleware = pick(c.req.path);
    const outgoing = (c.env as Partial<HttpBindings> | undefined)?.outgoing;
    const fixed = known.get(middleware);
    if (outgoing && fixed) {
      for (const [name, value] of fixed) outgoing.setHeader(name, value);
      return next();
    }
    if (!reading.has(middleware)) {
      reading.add(middleware);
      // Should reading them ever fail, the middleware goes on setting them itself.
      headersSetBy(middleware)
        .then((headers) => known.set(middleware, [["cache-control", "no-store"], ...headers]))
        .catch(() => {});
    }
    return middleware(c, async () => {
      await next();
      if (!c.res.headers.has("Cache-Control")) c.res.headers.set("Cache-Control", "no-store");
    });
  };
}

/** The headers `middleware` puts on an empty response. */
async function headersSetBy(middleware: MiddlewareHandler): Promise<[string, string][]> {
  const probe = new Hono();
  probe.use(middleware);
  probe.get("*", (c) => c.body(null));
  return [...(await probe.request("/")).headers];
}
