// adminAccess: the admin token by HTTP Basic (as the password) or as a bearer token.
import { describe, expect, it } from "vitest";
import { adminAccess } from "../../adapters/web/admin-auth.ts";

const token = "correct-horse-battery-staple";
const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;

describe("adminAccess", () => {
  it("grants the token as a bearer token or as the Basic password with any user name", () => {
    expect(adminAccess(`Bearer ${token}`, token)).toBe("granted");
    expect(adminAccess(`bearer ${token}`, token)).toBe("granted");
    expect(adminAccess(basic("admin", token), token)).toBe("granted");
    expect(adminAccess(basic("", token), token)).toBe("granted");
  });

  it("refuses a wrong token, a token given as the user name, and other schemes", () => {
    expect(adminAccess("Bearer nope", token)).toBe("refused");
    expect(adminAccess(`Bearer ${token}x`, token)).toBe("refused");
    expect(adminAccess(basic(token, ""), token)).toBe("refused");
    expect(adminAccess(`Digest ${token}`, token)).toBe("refused");
    expect(adminAccess("Basic !!!", token)).toBe("refused");
  });

  it("tells a missing header apart, so the browser can be asked for the token", () => {
    expect(adminAccess(undefined, token)).toBe("absent");
    expect(adminAccess("  ", token)).toBe("absent");
  });
});
