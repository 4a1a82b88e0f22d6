"use client";

import { useRef, useState } from "react";

/**
 * A code on the page with a button that copies it and says so. Where the browser allows no clipboard (a page served over plain
 * http to another machine), it selects `text` on the page instead, for Ctrl+C.
 */
export function CopyableCode({ text, label, what, large = false }: { text: string; label: string; what: string; large?: boolean }) {
  const [said, setSaid] = useState("");
  const selectable = useRef<HTMLSpanElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setSaid(`Copied the ${what}.`);
    } catch {
      const range = document.createRange();
      range.selectNodeContents(selectable.current!);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      setSaid(`The ${what} is selected: press Ctrl+C (⌘C on a Mac) to copy it.`);
    }
  };
  return (
    <>
      <code className={large ? "join-code join-code--large" : "join-code"} ref={selectable}>
        {text}
      </code>{" "}
      <button type="button" className="copy-button" onClick={() => void copy()}>
        {label}
      </button>{" "}
      <span role="status" className="muted copy-button__said">
        {said}
      </span>
    </>
  );
}
