import { describe, expect, it } from "vitest";
import { isOwnOrigin, ownOrigins } from "./request-origin";

const own = ["https://slant.school.example"];
const check = (init: Record<string, string>) => isOwnOrigin(new Headers(init), own);

describe("isOwnOrigin", () => {
  it("accepts the app's own origin, and a client that sends no Origin nor Sec-Fetch-Site (not a browser)", () => {
    expect(check({ origin: "https://slant.school.example" })).toBe(true);
    expect(check({})).toBe(true);
    expect(check({ "sec-fetch-site": "same-origin" })).toBe(true);
  });

  it.each([
    ["another site", { origin: "http://evil.example" }],
    ["a sibling subdomain (same site, SameSite=Lax lets cookies through)", { origin: "https://homework.school.example" }],
    ["another port on the same host", { origin: "https://slant.school.example:8443" }],
    ["http instead of https", { origin: "http://slant.school.example" }],
    ["an opaque origin", { origin: "null" }],
    ["no Origin but a cross-site fetch", { "sec-fetch-site": "cross-site" }],
    ["no Origin but a same-site fetch", { "sec-fetch-site": "same-site" }],
  ])("refuses %s", (_what, init) => {
    expect(check(init)).toBe(false);
  });
});

describe("ownOrigins", () => {
  it("is SLANT_ORIGIN's list when set, else the origin the request was addressed to", () => {
    expect(ownOrigins(["https://a.example", "https://b.example"], "http://localhost:3000/api/x")).toEqual(["https://a.example", "https://b.example"]);
    expect(ownOrigins(undefined, "http://localhost:3000/api/x")).toEqual(["http://localhost:3000"]);
  });
});
