import { describe, expect, it } from "vitest";
import { ValidationFailed } from "@/lib/errors";
import { assertAcceptablePassword, passwordProblem } from "./password-rule";

const owner = { email: "kofi.mensah@northfield-high.test", username: null, name: "Kofi Mensah" };

describe("the password rule", () => {
  it.each([
    ["password", /longer password: at least 10/],
    ["12345678", /longer password: at least 10/],
    ["        ", /only spaces/],
    [" ".repeat(12), /only spaces/],
    ["\t \n \t \n  ", /only spaces/],
    ["é".repeat(9), /longer password/],
    ["x".repeat(201), /shorter password: at most 200/],
    ["slant-demo", /most common/],
    ["1234567890", /most common/],
    ["PASSWORD123", /most common/],
    ["pass word 123", /most common/],
    ["aaaaaaaaaaaa", /most common/],
    ["🐢".repeat(10), /most common/],
    ["kofi.mensah@northfield-high.test", /email address, username or name/],
    ["KOFI.MENSAH@northfield-high.test!", /email address, username or name/],
    ["kofi mensah", /email address, username or name/],
    ["Kofi-Mensah", /email address, username or name/],
  ])("refuses %j", (password, reason) => {
    expect(passwordProblem(password, owner)).toMatch(reason);
  });

  it.each(["tide-pool9", "harbour lights at dusk", "correct horse battery", "éàüöçñßøåî", "🐢🦉🐙🦊🐝🐢🦉🐙🦊🐝", `  padded but long enough  `])(
    "accepts %j",
    (password) => {
      expect(passwordProblem(password, owner)).toBeNull();
    },
  );

  it("counts characters, not UTF-16 units: ten emoji are ten characters, nine are too few", () => {
    expect(passwordProblem("🐢🦉🐙🦊🐝🐢🦉🐙🦊")).toMatch(/longer/);
    expect(passwordProblem("🐢🦉🐙🦊🐝🐢🦉🐙🦊🐝")).toBeNull();
  });

  it("a username is as off-limits as an email address", () => {
    expect(passwordProblem("sasha_p-rocks-42", { username: "sasha_p" })).toMatch(/username/);
  });

  it("assertAcceptablePassword throws ValidationFailed naming the field", () => {
    expect(() => assertAcceptablePassword("short", owner, "newPassword")).toThrow(ValidationFailed);
    try {
      assertAcceptablePassword("short", owner, "newPassword");
    } catch (error) {
      expect((error as ValidationFailed).details).toEqual({ field: "newPassword" });
    }
  });
});
