import { randomUUID } from "node:crypto";

/** One virtual student as the load generator sees them: their session cookie and assignment. */
export interface VirtualStudent {
  cookie: string;
  assignmentId: string;
}

/** What the load generator runs: which server, which kind of load, for how long. */
export interface LoadPlan {
  label: string;
  baseUrl: string;
  /** app: a student's mix of saves, edits and reads; batch: ten saves per request; save: one save per request (any server). */
  workload: "app" | "batch" | "save";
  /** The path a `save` goes to (the bare server and the empty route have their own). */
  savePath?: (student: VirtualStudent) => string;
  students: VirtualStudent[];
  textLength: number;
  loop: { kind: "closed"; connections: number; seconds: number } | { kind: "open"; perSecond: number; seconds: number };
}

export const BATCH_SIZE = 10;
const TAGS = ["quote", "opinion", "loaded_language", "factual_claim"];

/** A new highlight somewhere in the text: a client-made id, as the reader makes. */
export function newHighlight(textLength: number, seed: number) {
  const start = Math.floor(Math.random() * Math.max(1, textLength - 60));
  return { id: randomUUID(), start, end: start + 12 + (seed % 40), tag: TAGS[seed % TAGS.length]!, note: null };
}

export const annotationsPath = (student: VirtualStudent) => `/api/assignments/${student.assignmentId}/annotations`;
