import "server-only";
import { pseudonymFor } from "@/lib/annotations/pseudonym";
import { inPseudonymousOrder } from "@/lib/annotations/pseudonymous-order";
import type { Actor } from "@/lib/auth/actor";
import { authorize, can } from "@/lib/auth/policy";
import { compareReadings, type Comparison } from "@/lib/compare";
import { requireEnv } from "@/lib/env";
import { ValidationFailed } from "@/lib/errors";
import type { ComparisonDto, CompareQuery } from "./comparison-schemas";
import { findAssignmentForActor, type AssignmentForActor } from "./find-assignment-for-actor";
import { loadAssignmentReaders, type AssignmentReader } from "./load-assignment-readers";
import { openClassmatesWork } from "./open-classmates-work";

/** Two readers in three: the default share for consensus. */
export const DEFAULT_CONSENSUS_SHARE = 2 / 3;

/**
 * How the class read an assignment: agreement, heatmap segments, consensus and hotspots,
 * and for the teacher each student against the answer key. A student sees it once the
 * reveal policy lets them see classmates' work, with names as the teacher chose and
 * without anyone's scores.
 */
export async function getAssignmentComparison(actor: Actor, assignmentId: string, query: CompareQuery = {}): Promise<ComparisonDto> {
  const assignment = await findAssignmentForActor(actor, assignmentId);
  const teaching = can(actor, "assignment:review", assignment.access);
  if (query.includeDrafts) authorize(actor, "assignment:review", assignment.access, "Only the class's teacher can include drafts.");
  if (!teaching) await openClassmatesWork(actor, assignment);
  if (query.tag !== undefined && !assignment.tags.some((tag) => tag.id === query.tag)) {
    throw new ValidationFailed(`Invalid query: tag "${query.tag}" is not one of this assignment's tags.`);
  }
  const includeDrafts = query.includeDrafts ?? false;
  const loaded = await loadAssignmentReaders(assignment, { includeDrafts });
  const name = teaching ? (reader: AssignmentReader) => reader.user : nameForClassmate(actor, assignment);
  const hidden = !teaching && !assignment.showClassmateNames;
  const ordered = hidden ? inPseudonymousOrder(loaded.readers, (r) => r.user.id, requireEnv("AUTH_SECRET"), assignment.id) : loaded.readers;
  const readers = ordered.map((reader) => ({ ...reader, shownAs: name(reader) }));
  const consensusShare = query.consensus ?? DEFAULT_CONSENSUS_SHARE;
  const key = teaching ? loaded.key : null;

  const comparison = compareReadings({
    text: assignment.article.text,
    tags: assignment.tags.map((tag) => tag.id),
    readings: readers.map((reader) => ({ reader: reader.shownAs.id, spans: reader.spans })),
    key,
    tag: query.tag ?? null,
    consensusShare,
  });
  return {
    readers: comparison.readers,
    includesDrafts: includeDrafts,
    draftsLeftOut: teaching ? loaded.draftsLeftOut : 0,
    tag: query.tag ?? null,
    consensusShare,
    agreement: comparison.agreement,
    segments: comparison.segments,
    consensus: comparison.consensus,
    hotspots: comparison.hotspots,
    readings: readers.map((reader) => ({
      reader: reader.shownAs,
      submitted: reader.submitted,
      spans: reader.spans.map(({ id, start, end, exact, tag }) => ({ id, start, end, exact, tag })),
    })),
    ...(key && { key: key.map(({ id, start, end, exact, tag }) => ({ id, start, end, exact, tag })), students: studentScores(comparison, readers) }),
  };
}

/** A student sees themselves as "You", and classmates by name or by pseudonym as the teacher chose. */
function nameForClassmate(actor: Actor, assignment: AssignmentForActor): (reader: AssignmentReader) => { id: string; name: string } {
  const secret = requireEnv("AUTH_SECRET");
  return (reader) => {
    if (reader.user.id === actor.id) return { id: reader.user.id, name: "You" };
    return assignment.showClassmateNames ? reader.user : pseudonymFor(secret, assignment.id, reader.user.id);
  };
}

function studentScores(comparison: Comparison, readers: { user: { id: string; name: string } }[]): NonNullable<ComparisonDto["students"]> {
  return (comparison.scores ?? []).map((score, index) => {
    const { reader: _reader, ...rest } = score;
    return { id: readers[index]!.user.id, name: readers[index]!.user.name, ...rest };
  });
}
