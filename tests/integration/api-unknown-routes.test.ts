import { describe, expect, it } from "vitest";
import { anonymous } from "../support/http-session";
import { expectError } from "./support/api-assertions";

describe("an API path that does not exist", () => {
  it.each(["GET", "POST", "PATCH", "DELETE"])("answers %s with a JSON 404, not the HTML page", async (method) => {
    const response = await anonymous().request(method, "/api/no-such-thing/here");
    const { error } = expectError(response, 404, "not_found");
    expect(error.message).toBe("This API route was not found.");
  });
});
