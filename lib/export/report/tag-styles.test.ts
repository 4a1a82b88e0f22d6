import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { HEAT_STYLE } from "./tag-styles";

const css = readFileSync(new URL("../../../app/globals.css", import.meta.url), "utf8");

describe("the exports' heatmap", () => {
  it("shade the heatmap on the app's scale", () => {
    expect(css).toContain(`background: rgba(${HEAT_STYLE.fill.join(", ")}, var(--heat-alpha));`);
    expect(css).toContain(`text-decoration-color: ${HEAT_STYLE.line};`);
    HEAT_STYLE.alpha.forEach((alpha, i) => expect(css).toContain(`.heat-${i + 1} { --heat-alpha: ${alpha}; --heat-line: ${HEAT_STYLE.lineWidth[i]}px; }`));
  });
});
