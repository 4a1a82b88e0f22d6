/** The editor element's attributes for an article that can be read, selected and navigated, never typed into. */
export function readOnlyArticleAttributes(label: string, helpId: string, className = "article-text"): Record<string, string> {
  return {
    class: className,
    role: "textbox",
    "aria-readonly": "true",
    "aria-multiline": "true",
    "aria-label": label,
    "aria-describedby": helpId,
    // In the tab order: it is never contenteditable (ReadOnlyGuard), so a screen reader meets a read-only field.
    tabindex: "0",
    // No on-screen keyboard on tablets: there is nothing to type.
    inputmode: "none",
    spellcheck: "false",
  };
}
