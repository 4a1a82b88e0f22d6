import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  it.each([
    ["/assignments/abc", "/assignments/abc"],
    ["/join?code=K7QM2X", "/join?code=K7QM2X"],
    ["/classes/1#roster", "/classes/1#roster"],
    // Non-ASCII and spaces come back percent-encoded, safe for a Location header.
    ["/€", "/%E2%82%AC"],
    ["/a b", "/a%20b"],
  ])("keeps the same-site path %j as %j", (candidate, expected) => {
    expect(safeReturnPath(candidate)).toBe(expected);
  });

  it.each([
    ["another site", "https://evil.example/phish"],
    ["a protocol-relative URL", "//evil.example/phish"],
    ["a tab after the slash (F3: browsers drop it and go to evil.example)", "/\t/evil.example/phish"],
    ["a newline after the slash", "/\n/evil.example"],
    ["a carriage return after the slash", "/\r/evil.example"],
    ["a backslash", "/\\evil.example"],
    ["a backslash after a tab", "/\t\\evil.example"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a relative path", "assignments"],
    ["nothing", ""],
    ["undefined", undefined],
  ])("sends %s to the assignment list", (_what, candidate) => {
    expect(safeReturnPath(candidate)).toBe("/assignments");
  });

  it("never returns a path a browser would read as another origin", () => {
    for (const candidate of ["/%09/evil.example", "/%2F%2Fevil.example", "/%5Cevil.example", "/%0a/x"]) {
      const path = safeReturnPath(candidate);
      expect(new URL(path, "https://slant.school.example").origin).toBe("https://slant.school.example");
      expect(path).not.toMatch(/[\u0000-\u001F\\]/);
    }
  });
});
