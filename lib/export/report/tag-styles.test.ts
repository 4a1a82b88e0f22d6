import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TAG_PALETTE } from "@/lib/annotations/tag-palette";
import { HEAT_STYLE, TAG_STYLES } from "./tag-styles";

const css = readFileSync(new URL("../../../app/globals.css", import.meta.url), "utf8");
const variable = (name: string) => css.match(new RegExp(`--${name}:\\s*([^;]+);`))?.[1]?.trim();

describe("the exports' tag colours", () => {
  it("are the app's: the same tint, line colour, underline pattern and stacking offset for every colour", () => {
    for (const color of TAG_PALETTE) {
      const { tint, line, pattern, depth } = TAG_STYLES[color];
      expect(variable(`${color}-tint`), color).toBe(`rgba(${tint.join(", ")})`);
      expect(variable(`${color}-line`), color).toBe(line);
      const rule = css.match(new RegExp(`\\.tag-color-${color} \\{([^}]+)\\}`))?.[1] ?? "";
      expect(rule, color).toContain(`--pattern: ${pattern};`);
      expect(rule, color).toContain(`--offset: ${3 * (depth + 1)}px;`);
    }
  });

  it("shade the heatmap on the app's scale", () => {
    expect(css).toContain(`background: rgba(${HEAT_STYLE.fill.join(", ")}, var(--heat-alpha));`);
    expect(css).toContain(`text-decoration-color: ${HEAT_STYLE.line};`);
    HEAT_STYLE.alpha.forEach((alpha, i) => expect(css).toContain(`.heat-${i + 1} { --heat-alpha: ${alpha}; --heat-line: ${HEAT_STYLE.lineWidth[i]}px; }`));
  });
});
