import { describe, expect, it } from "vitest";
import { generateJoinCode } from "./join-code";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, JOIN_CODE_SHAPE } from "./join-code-format";

const shape = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

describe("join codes", () => {
  it("are made of the alphabet, at the length the students are told", () => {
    for (let i = 0; i < 200; i += 1) expect(generateJoinCode()).toMatch(shape);
    expect(JOIN_CODE_SHAPE).toContain(`${JOIN_CODE_LENGTH} letters and digits`);
  });

  it("the example students are shown is a code a class could have", () => {
    expect(/like ([A-Z0-9]+)\./.exec(JOIN_CODE_SHAPE)?.[1]).toMatch(shape);
  });
});
