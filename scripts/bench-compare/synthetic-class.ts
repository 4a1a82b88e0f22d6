import type { KeyedSpan, Reading } from "@/lib/compare";

const WORDS = "the council said residents would pay more while critics called the plan a reckless giveaway and officials insisted figures showed growth".split(" ");
const TAGS = ["quote", "opinion", "loaded_language", "factual_claim"];

/** A small deterministic generator (mulberry32), so every run measures the same class. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An article of `length` characters: sentences of 8–30 words, a paragraph break every few sentences. */
export function syntheticText(length: number, seed = 1): string {
  const next = random(seed);
  let text = "";
  while (text.length < length) {
    const words = Array.from({ length: 8 + Math.floor(next() * 23) }, () => WORDS[Math.floor(next() * WORDS.length)]!);
    text += `${words.join(" ").replace(/^./, (c) => c.toUpperCase())}.${next() < 0.2 ? "\n\n" : " "}`;
  }
  return text.slice(0, length);
}

/**
 * A class as a real one reads: a pool of passages worth tagging; each reader picks
 * `spansPerReader` of them, mostly with the passage's usual tag (sometimes another),
 * and with the ends a few characters off, so agreement is partial, as in a classroom.
 */
export function syntheticClass(text: string, readers: number, spansPerReader: number, seed = 2): { readings: Reading[]; key: KeyedSpan[] } {
  const next = random(seed);
  const pool = Array.from({ length: spansPerReader * 3 }, (_, i) => {
    const start = Math.floor(next() * (text.length - 200));
    return { start, end: start + 5 + Math.floor(next() * 120), tag: TAGS[i % TAGS.length]! };
  });
  const jitter = () => Math.floor(next() * 9) - 4;
  let id = 0;
  const span = (passage: (typeof pool)[number], tag: string): KeyedSpan => {
    const start = Math.max(0, passage.start + jitter());
    return { id: `s${id++}`, start, end: Math.min(text.length, Math.max(start + 1, passage.end + jitter())), tag };
  };
  const readings = Array.from({ length: readers }, (_, r) => ({
    reader: `reader-${r}`,
    spans: Array.from({ length: spansPerReader }, () => {
      const passage = pool[Math.floor(next() * pool.length)]!;
      return span(passage, next() < 0.75 ? passage.tag : TAGS[Math.floor(next() * TAGS.length)]!);
    }),
  }));
  return { readings, key: pool.slice(0, spansPerReader).map((passage) => span(passage, passage.tag)) };
}
