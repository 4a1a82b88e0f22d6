import { z } from "zod";
import { EXPORT_PAPERS } from "./export-file";

export const EXPORT_SCOPES = ["mine", "student", "class", "key"] as const;

/** The query of GET /api/assignments/{id}/export, formats given by the writers that exist. */
export function exportQuery<const F extends readonly [string, ...string[]]>(formats: F) {
  return z
    .object({
      format: z.enum(formats),
      scope: z.enum(EXPORT_SCOPES).default("mine"),
      student: z.uuid("must be a user id").optional(),
      pseudonymize: z.enum(["0", "1"]).transform((value) => value === "1").optional(),
      // The paper a paged format (PDF) is set on; the others ignore it.
      paper: z.enum(EXPORT_PAPERS).default("a4"),
    })
    .strict()
    .refine((query) => (query.scope === "student") === (query.student !== undefined), {
      message: "give student= with scope=student, and only then",
      path: ["student"],
    });
}
