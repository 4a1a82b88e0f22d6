import { describe, expect, it } from "vitest";
import { acceptedLanguages } from "./accept-language";

describe("acceptedLanguages", () => {
  it("orders the languages by weight, keeping the header's order among equals", () => {
    expect(acceptedLanguages("en;q=0.8, fr-CH, de;q=0.9, fr")).toEqual(["fr-CH", "fr", "de", "en"]);
  });

  it("leaves out *, q=0, malformed tags and weights", () => {
    expect(acceptedLanguages("*;q=0.5, es;q=0, not a tag, it;q=abc, pt-BR")).toEqual(["pt-BR"]);
  });

  it("gives nothing for a missing or empty header", () => {
    expect(acceptedLanguages(null)).toEqual([]);
    expect(acceptedLanguages("")).toEqual([]);
  });
});
