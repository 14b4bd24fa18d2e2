// Whether a request presents the admin token, by HTTP Basic (any user name) or as a bearer token, compared in constant time.
import { createHash, timingSafeEqual } from "node:crypto";

/** What an Authorization header amounts to for /admin. */
export type AdminAccess = "granted" | "refused" | "absent";

/**
 * Checks `authorization` against `token`: `Bearer <token>`, or Basic with the token as the
 * password (a browser asks for a user name too; any will do). Both sides are hashed before the
 * comparison, so neither the token's length nor its first wrong character shows in the time taken.
 * @example adminAccess(`Bearer ${token}`, token) // "granted"
 */
export function adminAccess(authorization: string | undefined, token: string): AdminAccess {
  const header = authorization?.trim();
  if (!header) return "absent";
  const [scheme = "", credentials = ""] = header.split(/\s+/, 2);
  let presented: string | null = null;
  if (/^bearer$/i.test(scheme)) presented = credentials;
  else if (/^basic$/i.test(scheme)) {
    const decoded = Buffer.from(credentials, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    presented = colon >= 0 ? decoded.slice(colon + 1) : null;
  }
  if (presented === null) return "refused";
  return timingSafeEqual(digest(presented), digest(token)) ? "granted" : "refused";
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}
