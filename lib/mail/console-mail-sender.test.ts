import { describe, expect, it } from "vitest";
import { ConsoleMailSender } from "./console-mail-sender";

describe("the console mail transport", () => {
  it("prints the whole email, link included, between a '[mail] to' line and '[mail] end'", async () => {
    const printed: string[] = [];
    await new ConsoleMailSender((text) => printed.push(text)).send({
      to: "kofi@northfield-high.test",
      subject: "Choose a new Slant password",
      text: "Open https://slant.example/signin/reset?token=abc",
    });
    expect(printed).toEqual([
      "[mail] to kofi@northfield-high.test: Choose a new Slant password\nOpen https://slant.example/signin/reset?token=abc\n[mail] end",
    ]);
  });
});
