import { z } from "zod";
import { MAX_ANNOTATIONS_PER_SUBMISSION } from "@/lib/limits";
import { ANNOTATION_CONTEXT } from "./jsonld-iris";

/*
 * The W3C Web Annotation JSON-LD that POST /api/assignments/{id}/import accepts: what Slant's
 * own export writes, and what other tools write of the same model as far as Slant can place it:
 * an AnnotationCollection with its one page embedded in `first`, or an AnnotationPage; each
 * Annotation one target on a text with a TextQuoteSelector (a TextPositionSelector, counted in
 * code points, is used when its text matches), and TextualBody bodies. Properties Slant does not
 * use (creator, created, rights, other selectors…) are allowed and ignored. A single value is
 * accepted wherever the model allows "one or more".
 */

const oneOrMany = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z.union([item, z.array(item).min(1, `must hold at least one ${what}`).max(max, `must hold at most ${max} ${what}s`)], {
    error: `must be one ${what} or a list of them`,
  });

// An absolute IRI: a scheme, then no white space (urn:uuid:…, https://…).
const Iri = z.string().max(2048, "must be at most 2048 characters").regex(/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/, "must be an absolute IRI (urn:uuid:…, https://…)");

const ANNO_CONTEXTS = new Set([ANNOTATION_CONTEXT, "https://www.w3.org/ns/anno.jsonld"]);
const Context = z
  .union([z.string(), z.array(z.unknown()).max(10)], { error: `must be "${ANNOTATION_CONTEXT}"` })
  .refine((context) => (Array.isArray(context) ? context : [context]).some((value) => typeof value === "string" && ANNO_CONTEXTS.has(value)), `must be (or include) "${ANNOTATION_CONTEXT}"`);

const TextualBody = z.looseObject(
  {
    type: z.literal("TextualBody", 'must be "TextualBody": Slant reads text bodies only').optional(),
    purpose: oneOrMany(z.string().max(100), 10, "purpose").optional(),
    value: z.string("must be the body's text").max(100_000, "must be at most 100000 characters"),
  },
  { error: "must be a TextualBody object with a value" },
);
export type ImportedBody = z.infer<typeof TextualBody>;

const TextQuoteSelector = z.looseObject({
  type: z.literal("TextQuoteSelector"),
  exact: z.string("must be the quoted text").min(1, "must not be empty").max(100_000, "must be at most 100000 characters"),
  prefix: z.string().max(10_000).optional(),
  suffix: z.string().max(10_000).optional(),
});

const CodePoint = z.number("must be a number").int("must be a whole number").min(0, "must not be negative").max(10_000_000);
const TextPositionSelector = z
  .looseObject({ type: z.literal("TextPositionSelector"), start: CodePoint, end: CodePoint })
  .refine((selector) => selector.start < selector.end, { message: "must be greater than start", path: ["end"] });

/** The model's other selectors: allowed beside the two Slant reads, and not used. */
const OTHER_SELECTORS = ["FragmentSelector", "CssSelector", "XPathSelector", "DataPositionSelector", "SvgSelector", "RangeSelector"] as const;
const OtherSelector = z.looseObject({ type: z.enum(OTHER_SELECTORS) });

const Selector = z.discriminatedUnion("type", [TextQuoteSelector, TextPositionSelector, OtherSelector], {
  error: `must be a selector object whose type is TextQuoteSelector, TextPositionSelector or one of ${OTHER_SELECTORS.join(", ")}`,
});

const Target = z
  .looseObject(
    {
      type: z.literal("SpecificResource").optional(),
      source: z.union([Iri, z.looseObject({ id: Iri })], { error: "must name the text: an IRI, or an object with an id" }),
      selector: oneOrMany(Selector, 20, "selector"),
    },
    { error: "must be a SpecificResource object with a source and a TextQuoteSelector" },
  )
  .superRefine((target, context) => {
    const selectors = Array.isArray(target.selector) ? target.selector : [target.selector];
    const count = (type: string) => selectors.filter((selector) => selector.type === type).length;
    if (count("TextQuoteSelector") !== 1) context.addIssue({ code: "custom", path: ["selector"], message: "must hold exactly one TextQuoteSelector (the quoted text)" });
    if (count("TextPositionSelector") > 1) context.addIssue({ code: "custom", path: ["selector"], message: "must hold at most one TextPositionSelector" });
  });

export const ImportedAnnotation = z.looseObject(
  {
    id: Iri,
    type: z.literal("Annotation", 'must be "Annotation"'),
    motivation: oneOrMany(z.string().max(100), 10, "motivation").optional(),
    body: oneOrMany(TextualBody, 20, "body").optional(),
    target: z.union([Target, z.array(Target).length(1, "must hold exactly one target: Slant places an annotation on one text")], {
      error: "must be one SpecificResource target",
    }),
  },
  { error: "must be an Annotation object" },
);
export type ImportedAnnotation = z.infer<typeof ImportedAnnotation>;

const Items = z
  .array(ImportedAnnotation, "must be a list of Annotations")
  .min(1, "must hold at least one annotation: the file has nothing to import")
  .max(MAX_ANNOTATIONS_PER_SUBMISSION, `must hold at most ${MAX_ANNOTATIONS_PER_SUBMISSION} annotations, the most one person's work may have`);

const pageShape = {
  type: z.literal("AnnotationPage"),
  items: Items,
  // Slant reads the file it is given and fetches nothing, so a collection split over pages cannot be imported whole.
  next: z.never({ error: "must be absent: this page is one of several; export the whole collection as one page" }).optional(),
};

const EmbeddedPage = z.looseObject(pageShape, {
  error: (issue) => (issue.input === undefined ? "is missing: the collection holds no annotations to import" : "must be the embedded AnnotationPage (Slant does not fetch pages)"),
});

const Collection = z
  .looseObject({ "@context": Context, type: z.literal("AnnotationCollection"), total: z.number().int().min(0).optional(), first: EmbeddedPage })
  .refine((collection) => collection.total === undefined || collection.total === collection.first.items.length, {
    message: "must be the number of annotations on the page: the file is incomplete",
    path: ["total"],
  });

const Page = z.looseObject({ "@context": Context, ...pageShape });

/** The body of POST /api/assignments/{id}/import: an AnnotationCollection or an AnnotationPage. */
export const W3cImportDocument = z.discriminatedUnion("type", [Collection, Page], {
  error: 'must be a W3C Web Annotation document: an object whose type is "AnnotationCollection" (as Slant exports) or "AnnotationPage"',
});
export type W3cImportDocument = z.infer<typeof W3cImportDocument>;

/** The annotations a document holds, in its order. */
export const annotationsOf = (document: W3cImportDocument): ImportedAnnotation[] => (document.type === "AnnotationCollection" ? document.first.items : document.items);
