import { z } from "zod";
import { describe, expect, it } from "vitest";
import { toValidationError } from "./validation-error";

const Note = z.object({ text: z.string("must be text") });
const OneOrMany = z.object({ notes: z.union([Note, z.array(Note).max(2, "must hold at most 2 notes")], { error: "must be a note or a list of notes" }) });
const messageFor = (value: unknown) => toValidationError(OneOrMany.safeParse(value).error!, "body").message;

describe("toValidationError", () => {
  it("names the first problem and its field, in words", () => {
    const error = toValidationError(z.object({ currentPassword: z.string("must be text") }).safeParse({}).error!, "request body");
    expect(error.message).toBe("Invalid request body: current password must be text.");
    expect(error.details).toEqual({ issues: [{ path: "currentPassword", message: "must be text" }] });
  });

  it("reports a failed union by the branch the value's type fits, not as 'Invalid input'", () => {
    expect(messageFor({ notes: { text: 3 } })).toBe("Invalid body: notes.text must be text.");
    expect(messageFor({ notes: [{ text: "a" }, { text: 3 }] })).toBe("Invalid body: notes.1.text must be text.");
    expect(messageFor({ notes: [{ text: "a" }, { text: "b" }, { text: "c" }] })).toBe("Invalid body: notes must hold at most 2 notes.");
  });

  it("keeps the union's own message when the value fits no branch", () => {
    expect(messageFor({ notes: "a note" })).toBe("Invalid body: notes must be a note or a list of notes.");
  });
});
