import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { layoutLines, type Line, type Run, type TextStyle } from "./text-layout";

const style: TextStyle = { font: "regular", size: 10, color: "#000" };
/** Every character 5 points wide, a box's text too: widths are easy to reason about. */
const measure = (text: string) => [...text].length * 5;
const lineText = <D>(line: Line<D>) => line.fragments.map((f) => f.text).join("");

describe("layoutLines", () => {
  it("fills lines greedily at spaces and never draws a line's last space", () => {
    const lines = layoutLines([{ text: "aaa bbb ccc ddd", style }], 40, measure);
    expect(lines.map(lineText)).toEqual(["aaa bbb", "ccc ddd"]);
    expect(lines.map((l) => l.width)).toEqual([35, 35]);
  });

  it("keeps a highlight's data on every line it reaches, at the places its words were put", () => {
    const runs: Run<string>[] = [
      { text: "one ", style },
      { text: "two three four", style, data: "highlight" },
      { text: " five", style },
    ];
    const lines = layoutLines(runs, 50, measure);
    expect(lines.map(lineText)).toEqual(["one two", "three four", "five"]);
    expect(lines.map((l) => l.fragments.filter((f) => f.data === "highlight").map((f) => [f.text, f.x, f.width]))).toEqual([
      [["two", 20, 15]],
      [["three four", 0, 50]],
      [],
    ]);
  });

  it("keeps a boxed label on the line of the word it follows, with its padding", () => {
    const runs: Run<string>[] = [
      { text: "aaaa bbbb", style, data: "h" },
      { text: "12", style, box: { padding: 2, rise: 3 } },
      { text: ", cc", style },
    ];
    // "aaaa " (25) + "bbbb" (20) = 45 would fit in 60, but the label (10 + 2 × 2) and the comma go with "bbbb".
    const lines = layoutLines(runs, 60, measure);
    expect(lines.map(lineText)).toEqual(["aaaa", "bbbb12, cc"]);
    const label = lines[1]!.fragments.find((f) => f.box)!;
    expect([label.x, label.width]).toEqual([20, 14]);
  });

  it("breaks where a note has a line feed", () => {
    expect(layoutLines([{ text: "+1 from me\nsecond line", style }], 500, measure).map(lineText)).toEqual(["+1 from me", "second line"]);
  });

  it("cuts a word longer than a line between characters", () => {
    expect(layoutLines([{ text: "abcdefghij", style }], 20, measure).map(lineText)).toEqual(["abcd", "efgh", "ij"]);
  });

  it("never makes a line wider than allowed, and loses no character but spaces at line ends", () => {
    const word = fc.stringMatching(/^[a-zа-яα-ω]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.integer({ min: 60, max: 300 }), fc.integer({ min: 1, max: 39 }), (words, width, cut) => {
        const text = words.join(" ");
        const at = Math.min(text.length, cut);
        const runs: Run<number>[] = [
          { text: text.slice(0, at), style, data: 1 },
          { text: text.slice(at), style, data: 2 },
        ].filter((r) => r.text.length > 0);
        const lines = layoutLines(runs, width, measure);
        for (const line of lines) expect(line.width).toBeLessThanOrEqual(width);
        expect(lines.map(lineText).join("").replace(/ /g, "")).toBe(text.replace(/ /g, ""));
        // Each character keeps the data of the run it came from.
        const data = lines.flatMap((l) => l.fragments.flatMap((f) => [...f.text.replace(/ /g, "")].map(() => f.data)));
        expect(data).toEqual([...text].flatMap((c, i) => (c === " " ? [] : [i < at ? 1 : 2])));
      }),
    );
  });
});
