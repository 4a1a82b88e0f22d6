"use client";

import { useEffect, useState, type ReactNode } from "react";
import { ProgressTable, reviewLinkId } from "@/components/assignments/ProgressTable";
import { callApi } from "@/components/api-client";
import type { StudentProgressRow } from "@/lib/classes/get-assignment-progress";
import { LiveIndicator } from "./LiveIndicator";
import { useLiveRefresh } from "./use-live-refresh";

interface LiveProgressTableProps {
  assignmentId: string;
  initialRows: StudentProgressRow[];
  emptyClass: ReactNode;
  /** The student whose work the teacher comes back from: their row's Review link takes the focus the way back left on the page's body. */
  returnedFrom?: string;
}

/** The progress table, kept current as students join, save and hand in (from whatever instance they use); `emptyClass` until one has joined. */
export function LiveProgressTable({ assignmentId, initialRows, emptyClass, returnedFrom }: LiveProgressTableProps) {
  const [rows, setRows] = useState(initialRows);
  useEffect(() => {
    if (!returnedFrom || (document.activeElement && document.activeElement !== document.body)) return;
    document.getElementById(reviewLinkId(returnedFrom))?.focus();
  }, [returnedFrom]);
  const live = useLiveRefresh(assignmentId, async () => {
    const outcome = await callApi<StudentProgressRow[]>("GET", `/api/assignments/${assignmentId}/progress`);
    if (outcome.ok) setRows(outcome.value);
  });
  return (
    <>
      <LiveIndicator state={live} />
      <ProgressTable assignmentId={assignmentId} rows={rows} emptyClass={emptyClass} />
    </>
  );
}
