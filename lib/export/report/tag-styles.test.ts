import { describe, expect, it } from "vitest";
import { appStylesheet, schemeTokens } from "@/tests/support/app-stylesheet";
import { HEAT_STYLE } from "./tag-styles";

const css = appStylesheet();
const light = schemeTokens("light");

describe("the exports' heatmap", () => {
  it("shade the heatmap on the app's scale", () => {
    expect(light.get("heat-rgb")).toBe(HEAT_STYLE.fill.join(", "));
    expect(light.get("heat-line-colour")).toBe(HEAT_STYLE.line);
    expect(css).toContain("background: rgba(var(--heat-rgb), var(--heat-alpha));");
    expect(css).toContain("text-decoration-color: var(--heat-line-colour);");
    HEAT_STYLE.alpha.forEach((alpha, i) => expect(css).toContain(`.heat-${i + 1} { --heat-alpha: ${alpha}; --heat-line: ${HEAT_STYLE.lineWidth[i]}px; }`));
  });
});
