// The headers every response carries: a Content-Security-Policy without inline script, no sniffing, no referrer, and who may frame the page.
import type { MiddlewareHandler } from "hono";
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
