"use client";

import Link from "next/link";
import { lazy, Suspense, useMemo, useRef, useState } from "react";
import type { ComparisonDto } from "@/lib/classes/comparison-schemas";
import type { AssignmentDetail } from "@/lib/classes/get-assignment";
import { findConsensus } from "@/lib/compare/consensus";
import { LiveIndicator } from "@/components/live/LiveIndicator";
import { useLiveRefresh } from "@/components/live/use-live-refresh";
import { callApi } from "@/components/api-client";
import { heatLevel, type HeatStretch } from "@/components/reader/extensions/heatmap-decorations";
import { AgreementSummary } from "./AgreementSummary";
import { readersWord } from "./compare-words";
import { ConsensusList } from "./ConsensusList";
import { HeatmapLegend } from "./HeatmapLegend";
import { HeatmapViewer, type HeatmapViewerHandle } from "./HeatmapViewer";
import { HotspotList } from "./HotspotList";
import { StretchDetails } from "./StretchDetails";

// Its own chunk: only the class's teacher gets scores, so a student's reader page never loads it (nor its
// chart). React.lazy rather than next/dynamic, which would add its own loader code to every reader page.
const KeyScoresPanel = lazy(() => import("./KeyScoresPanel").then((m) => ({ default: m.KeyScoresPanel })));

interface CompareViewProps {
  /** The assignment as its page has it: its id, tags and article. */
  assignment: Pick<AssignmentDetail, "id" | "tags"> & { article: Pick<AssignmentDetail["article"], "title" | "text" | "blocks"> };
  initial: ComparisonDto;
  /** The class's teacher may count drafts in. */
  teaching: boolean;
}

function compareUrl(assignmentId: string, tag: string | null, includeDrafts: boolean) {
  const query = new URLSearchParams();
  if (tag) query.set("tag", tag);
  if (includeDrafts) query.set("includeDrafts", "true");
  const search = query.toString();
  return `/api/assignments/${assignmentId}/compare${search ? `?${search}` : ""}`;
}

/** The class's readings side by side: agreement, a heatmap over the article, consensus and disagreements. */
export function CompareView({ assignment, initial, teaching }: CompareViewProps) {
  const { id: assignmentId, tags } = assignment;
  const { title: articleTitle, text, blocks } = assignment.article;
  const [comparison, setComparison] = useState(initial);
  const [share, setShare] = useState(initial.consensusShare);
  const [problem, setProblem] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [focused, setFocused] = useState<number | null>(null);
  const viewer = useRef<HeatmapViewerHandle | null>(null);
  // What the controls ask for while the server answers: a controlled checkbox or select showing the
  // old choice until then reads as a dead control (and a click as not taken). Only the latest answer counts.
  const [asked, setAsked] = useState<{ tag: string | null; includeDrafts: boolean } | null>(null);
  const latest = useRef(0);
  const shown = asked ?? { tag: comparison.tag, includeDrafts: comparison.includesDrafts };

  const reload = async (tag: string | null, includeDrafts: boolean) => {
    const request = ++latest.current;
    setAsked({ tag, includeDrafts });
    setLoading(true);
    const outcome = await callApi<ComparisonDto>("GET", compareUrl(assignmentId, tag, includeDrafts));
    if (request !== latest.current) return;
    setLoading(false);
    setAsked(null);
    if (!outcome.ok) return setProblem(outcome.message);
    setProblem(null);
    setFocused(null);
    setComparison(outcome.value);
    // The address keeps the choice, so a reload or coming back from the discussion view shows the same.
    if (teaching) {
      const address = new URL(window.location.href);
      for (const [name, value] of [["tag", tag], ["includeDrafts", includeDrafts ? "true" : null]] as const) {
        if (value) address.searchParams.set(name, value);
        else address.searchParams.delete(name);
      }
      window.history.replaceState(window.history.state, "", address);
    }
  };

  // New work from the class, fetched with the choices shown. A choice made meanwhile wins (its answer is the later).
  const live = useLiveRefresh(assignmentId, async () => {
    const request = latest.current;
    const before = comparison;
    const outcome = await callApi<ComparisonDto>("GET", compareUrl(assignmentId, shown.tag, shown.includeDrafts));
    if (request !== latest.current || !outcome.ok) return;
    setComparison(outcome.value);
    // The stretch being read stays in view, wherever the new segments put it.
    setFocused((index) => {
      const start = index === null ? undefined : before.segments[index]?.start;
      if (start === undefined) return null;
      const next = outcome.value.segments.findIndex((s) => s.start <= start && start < s.end);
      return next === -1 ? null : next;
    });
  });

  const tagLabel = tags.find((t) => t.id === comparison.tag)?.label;
  const stretches = useMemo<HeatStretch[]>(
    () =>
      comparison.segments.map((s) => ({
        start: s.start,
        end: s.end,
        level: heatLevel(comparison.readers > 0 ? s.covering / comparison.readers : 0),
        label: `tagged by ${s.covering} of ${comparison.readers}`,
      })),
    [comparison],
  );
  const consensus = useMemo(() => findConsensus(text, comparison.segments, comparison.readers, share), [text, comparison, share]);
  const showAt = (start: number) => {
    const index = stretches.findIndex((s) => s.start <= start && start < s.end);
    if (index !== -1) viewer.current?.showStretch(index);
  };
  const discussQuery = new URLSearchParams({ ...(comparison.tag && { tag: comparison.tag }), ...(comparison.includesDrafts && { includeDrafts: "true" }) }).toString();

  return (
    <section aria-labelledby="compare-heading" className="compare-view" aria-busy={loading}>
      <h2 id="compare-heading">Compare readers</h2>
      <LiveIndicator state={live} />
      <p className="compare-basis" role="status">
        Based on {readersWord(comparison.readers)}
        {comparison.includesDrafts ? ", drafts included" : ", submitted work only"}
        {comparison.draftsLeftOut > 0 && ` (${comparison.draftsLeftOut} still working on a draft)`}.
      </p>
      <div className="compare-controls">
        <label>
          Tags shown{" "}
          <select value={shown.tag ?? ""} onChange={(event) => void reload(event.target.value || null, shown.includeDrafts)}>
            <option value="">All tags</option>
            {tags.map((tag) => (
              <option key={tag.id} value={tag.id}>
                {tag.label}
              </option>
            ))}
          </select>
        </label>
        {teaching && (
          <label>
            <input type="checkbox" checked={shown.includeDrafts} onChange={(event) => void reload(shown.tag, event.target.checked)} /> Include drafts
          </label>
        )}
        <Link href={`/assignments/${assignmentId}/discuss${discussQuery ? `?${discussQuery}` : ""}`} prefetch={false} className="button-link">
          Open the discussion view
        </Link>
      </div>
      {problem && <p role="alert">{problem}</p>}

      <AgreementSummary comparison={comparison} tags={tags} />

      <section aria-labelledby="heatmap-heading" className="compare-panel">
        <h3 id="heatmap-heading">Heatmap{tagLabel && `: ${tagLabel}`}</h3>
        <HeatmapLegend readers={comparison.readers} what={tagLabel ? `as ${tagLabel}` : "with any tag"} />
        <p id="heatmap-help" className="muted">
          Arrow keys move through the text; <kbd>]</kbd> and <kbd>[</kbd> jump to the next and previous shaded stretch.
        </p>
        <div className="heatmap-layout">
          <HeatmapViewer
            text={text}
            blocks={blocks}
            label={`${articleTitle}: class heatmap`}
            helpId="heatmap-help"
            stretches={stretches}
            focused={focused}
            onFocusStretch={setFocused}
            handleRef={viewer}
          />
          <StretchDetails text={text} segment={focused === null ? null : (comparison.segments[focused] ?? null)} comparison={comparison} tags={tags} />
        </div>
      </section>

      <HotspotList hotspots={comparison.hotspots} tags={tags} readers={comparison.readers} onShow={showAt} />
      <ConsensusList consensus={consensus} tags={tags} share={share} onShareChange={setShare} onShow={showAt} />
      {teaching &&
        (comparison.students ? (
          <Suspense fallback={<p role="status">Loading the scores against the answer key…</p>}>
            <KeyScoresPanel assignmentId={assignmentId} comparison={{ ...comparison, students: comparison.students }} tags={tags} />
          </Suspense>
        ) : (
          <p className="compare-panel">
            Each student&rsquo;s scores against an answer key appear here once you mark your own highlights as the key:{" "}
            <Link href={`/assignments/${assignmentId}?view=key`}>make an answer key</Link>.
          </p>
        ))}
    </section>
  );
}
