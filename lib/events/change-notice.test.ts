import { describe, expect, it } from "vitest";
import { parseChangeNotice } from "./change-notice";

describe("a change notification's payload", () => {
  it("is read as the trigger writes it (json_build_object puts spaces around colons)", () => {
    expect(parseChangeNotice('{"k" : "annotation", "a" : "6f1c2b4e-8f0a-4c1e-9b7d-2a3c4d5e6f70", "s" : "0b7e5c3a-1d2f-4a6b-8c9d-0e1f2a3b4c5d"}')).toEqual({
      k: "annotation",
      a: "6f1c2b4e-8f0a-4c1e-9b7d-2a3c4d5e6f70",
      s: "0b7e5c3a-1d2f-4a6b-8c9d-0e1f2a3b4c5d",
    });
  });

  it("anything else is ignored, not thrown", () => {
    expect(parseChangeNotice("not json")).toBeNull();
    expect(parseChangeNotice('{"k":"annotation","a":"x","s":"y"}')).toBeNull();
    expect(parseChangeNotice('{"k":"article","a":"6f1c2b4e-8f0a-4c1e-9b7d-2a3c4d5e6f70"}')).toBeNull();
  });
});
