"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/components/api-client";
import type { ActionMessageState } from "@/components/ui/ActionMessage";
import type { TextRange } from "@/lib/annotations/anchoring/text-range";
import type { AnnotationDto } from "@/lib/annotations/schemas";
import { excerpt } from "./excerpt";
import type { PlacingRequest } from "./ReaderLayout";

/**
 * The reader's orphaned highlights and what their owner does with them: "Place again" makes
 * the next selection in the article the place for one (POST /api/annotations/{id}/place),
 * or one is deleted. Either way the page is read again, so the placed highlight joins the
 * reader's own (whose save queue knows placed highlights only).
 */
export function useOrphanPlacement(initial: AnnotationDto[]) {
  const router = useRouter();
  const [gone, setGone] = useState<ReadonlySet<string>>(() => new Set());
  const [placingId, setPlacingId] = useState<string | null>(null);
  const [message, setMessage] = useState<ActionMessageState>(null);
  const orphans = initial.filter((orphan) => !gone.has(orphan.id));
  const chosen = orphans.find((orphan) => orphan.id === placingId);

  const done = (id: string, text: string) => {
    setGone((before) => new Set([...before, id]));
    setPlacingId(null);
    setMessage({ kind: "done", text });
    router.refresh();
  };
  const place = async (orphan: AnnotationDto, range: TextRange) => {
    const outcome = await callApi<AnnotationDto>("POST", `/api/annotations/${encodeURIComponent(orphan.id)}/place`, range);
    if (!outcome.ok) return setMessage({ kind: "error", text: outcome.message });
    done(orphan.id, `Placed “${excerpt(orphan.exact, 60)}” on “${excerpt(outcome.value.exact, 60)}”.`);
  };
  const remove = async (orphan: AnnotationDto) => {
    const outcome = await callApi<null>("DELETE", `/api/annotations/${encodeURIComponent(orphan.id)}`);
    if (!outcome.ok && outcome.status !== 404) return setMessage({ kind: "error", text: outcome.message });
    done(orphan.id, `Deleted “${excerpt(orphan.exact, 60)}”.`);
  };

  const placing: PlacingRequest | undefined = chosen && {
    quote: chosen.exact,
    place: (range) => void place(chosen, range),
    cancel: () => setPlacingId(null),
  };
  /** The owner's buttons for OrphanedAnnotations; `unsaved`: placing waits (reading the page again would drop the queue). */
  const actionsFor = (unsaved: boolean) => ({
    placingId: chosen?.id ?? null,
    waitReason: unsaved ? "Wait until your highlights are saved before placing one again." : null,
    onPlaceAgain: (id: string) => {
      setMessage(null);
      setPlacingId(id);
    },
    onCancel: () => setPlacingId(null),
    onDelete: (id: string) => {
      const orphan = orphans.find((o) => o.id === id);
      if (orphan) void remove(orphan);
    },
  });
  return { orphans, placing, message, actionsFor };
}
