"use client";

import { useEffect, useRef, useState } from "react";
import type { TagDefinition } from "@/lib/annotations/tags";
import type { ComparisonDto } from "@/lib/classes/comparison-schemas";
import { readersWord } from "./compare-words";
import { SplitBars } from "./SplitBars";

interface DiscussionViewProps {
  hotspots: ComparisonDto["hotspots"];
  readers: number;
  tags: TagDefinition[];
  text: string;
}

const CONTEXT = 100;
const NEXT_KEYS = new Set(["ArrowRight", "ArrowDown", "PageDown", "n", " "]);
const PREVIOUS_KEYS = new Set(["ArrowLeft", "ArrowUp", "PageUp", "p"]);

/** "Opinion: 1 of 3. Loaded language: 1 of 3. Not tagged: 1 of 3." */
function splitInWords(split: Record<string, number>, tags: TagDefinition[], readers: number): string {
  const parts = tags.filter((tag) => (split[tag.id] ?? 0) > 0).map((tag) => `${tag.label}: ${split[tag.id]} of ${readers}.`);
  if ((split.none ?? 0) > 0) parts.push(`Not tagged: ${split.none} of ${readers}.`);
  return parts.join(" ");
}

/** The words around a passage, cut at word boundaries, so the class reads it in its sentence. */
function around(text: string, start: number, end: number) {
  const before = text.slice(Math.max(0, start - CONTEXT), start);
  const after = text.slice(end, end + CONTEXT);
  return {
    before: start > CONTEXT ? `…${before.slice(before.indexOf(" ") + 1)}` : before,
    after: end + CONTEXT < text.length ? `${after.slice(0, after.lastIndexOf(" "))}…` : after,
  };
}

/**
 * One disagreement at a time for the projector: the passage in large type with the words
 * around it, and how the class split, never who. Arrow keys, Page Up/Down, N and P move on.
 */
export function DiscussionView({ hotspots, readers, tags, text }: DiscussionViewProps) {
  const [index, setIndex] = useState(0);
  const count = hotspots.length;
  const slides = useRef<HTMLElement | null>(null);

  // The keys drive the slides from wherever the focus is, but arriving by a link leaves the focus on
  // nothing (the link is gone): start on the slides, so a keyboard or screen-reader user is where the keys act.
  useEffect(() => {
    slides.current?.focus({ preventScroll: true });
  }, []);
  const go = (next: number) => setIndex(Math.min(count - 1, Math.max(0, next)));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.altKey || event.ctrlKey || event.metaKey || target?.closest("input, select, textarea, a")) return;
      // Space on a button presses that button ("← Previous" included), never "next".
      if (event.key === " " && target?.closest("button")) return;
      if (NEXT_KEYS.has(event.key)) setIndex((i) => Math.min(count - 1, i + 1));
      else if (PREVIOUS_KEYS.has(event.key)) setIndex((i) => Math.max(0, i - 1));
      else if (event.key === "Home") setIndex(0);
      else if (event.key === "End") setIndex(count - 1);
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [count]);

  if (count === 0) {
    return (
      <p ref={(element) => {
        slides.current = element;
      }} tabIndex={-1} role="status">
        {readers < 2 ? "Disagreements appear once two or more readers have handed in their work." : "The class did not split on any passage: nothing to discuss."}
      </p>
    );
  }
  const spot = hotspots[Math.min(index, count - 1)]!;
  const { before, after } = around(text, spot.start, spot.end);
  return (
    <section ref={slides} tabIndex={-1} className="discussion" aria-roledescription="slide show" aria-label="Disagreements to discuss">
      <p className="discussion-position">
        Passage {index + 1} of {count} · {readersWord(readers)}
      </p>
      {/* Said aloud on every move: which passage, and how the class split on it. */}
      <p className="visually-hidden" role="status">
        Now showing passage {index + 1} of {count}: “{spot.exact}”. {splitInWords(spot.split, tags, readers)}
      </p>
      <h2 className="visually-hidden">
        Passage {index + 1}
      </h2>
      <blockquote className="discussion-passage">
        <span className="discussion-context">{before}</span>
        <mark>{spot.exact}</mark>
        <span className="discussion-context">{after}</span>
      </blockquote>
      <h3 className="discussion-question">How did the class tag it?</h3>
      <SplitBars split={spot.split} tags={tags} readers={readers} large />
      <div className="discussion-nav">
        {/* aria-disabled, not disabled: a button that disables itself would drop the focus to the page. */}
        <button type="button" onClick={() => go(index - 1)} aria-disabled={index === 0}>
          ← Previous
        </button>
        <button type="button" onClick={() => go(index + 1)} aria-disabled={index === count - 1}>
          Next →
        </button>
      </div>
      <p className="muted">Keys: → or N for the next passage, ← or P for the previous, Home and End for the first and last.</p>
    </section>
  );
}
