import { z } from "zod";

const Share = z.number().min(0).max(1);
/** A coefficient: null where agreement is undefined (fewer than two readers, nothing tagged, one category only). */
const Coefficient = z.number().min(-1).max(1).nullable();
const Reading = z.enum(["poor", "slight", "fair", "moderate", "substantial", "almost perfect"]).nullable();
const Scores = z.object({ precision: Share, recall: Share, f1: Share });
const TagCounts = z.record(z.string(), z.number().int().min(0));

const BooleanFlag = z.enum(["true", "false"]).transform((value) => value === "true");

export const CompareQuery = z
  .object({
    tag: z.string().regex(/^[a-z0-9_]{1,64}$/, "must be one of the assignment's tag ids").optional(),
    includeDrafts: BooleanFlag.optional(),
    /** Share of readers who must agree for consensus, 0.5–1 (default 2/3). */
    consensus: z.coerce.number().min(0.5, "must be at least 0.5").max(1, "must be at most 1").optional(),
  })
  .strict();
export type CompareQuery = z.infer<typeof CompareQuery>;

const Agreement = z.object({ unitizingAlpha: Coefficient, reading: Reading, explanation: z.string() });

export const ComparisonDto = z.object({
  /** How many readers every number rests on. */
  readers: z.number().int().min(0),
  includesDrafts: z.boolean(),
  /** Readers left out because their work is still a draft (teachers only; 0 for students). */
  draftsLeftOut: z.number().int().min(0),
  tag: z.string().nullable(),
  consensusShare: Share,
  agreement: z.object({
    overall: Agreement.extend({ sentenceFleissKappa: Coefficient, sentenceReading: Reading, sentences: z.number().int().min(0) }),
    byTag: z.record(z.string(), Agreement),
  }),
  segments: z.array(z.object({ start: z.number().int(), end: z.number().int(), counts: TagCounts, covering: z.number().int() })),
  consensus: z.array(z.object({ start: z.number().int(), end: z.number().int(), exact: z.string(), tag: z.string(), share: Share })),
  hotspots: z.array(z.object({ start: z.number().int(), end: z.number().int(), exact: z.string(), split: TagCounts, score: Share })),
  /** Who tagged what: real names for the teacher, or as the teacher chose for students ("You" for oneself). */
  readings: z.array(
    z.object({
      reader: z.object({ id: z.string(), name: z.string() }),
      submitted: z.boolean(),
      spans: z.array(z.object({ id: z.uuid(), start: z.number().int(), end: z.number().int(), exact: z.string(), tag: z.string() })),
    }),
  ),
  /** The answer key's spans (teachers, when the assignment has a key). */
  key: z.array(z.object({ id: z.uuid(), start: z.number().int(), end: z.number().int(), exact: z.string(), tag: z.string() })).optional(),
  /** Each student against the key, SemEval-2020 Task 11 labelled span scores (teachers, when a key exists). */
  students: z
    .array(
      Scores.extend({
        id: z.uuid(),
        name: z.string(),
        byTag: z.record(z.string(), Scores),
        /** Key span ids the student did not tag with the same tag. */
        missed: z.array(z.uuid()),
        /** The student's span ids the key does not have. */
        added: z.array(z.uuid()),
      }),
    )
    .optional(),
});
export type ComparisonDto = z.infer<typeof ComparisonDto>;
