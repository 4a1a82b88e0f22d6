"use client";

import { useState, type ReactNode } from "react";
import { ProgressTable } from "@/components/ui/ProgressTable";
import { callApi } from "@/components/ui/api-client";
import type { StudentProgressRow } from "@/lib/classes/get-assignment-progress";
import { LiveIndicator } from "./LiveIndicator";
import { useLiveRefresh } from "./use-live-refresh";

/** The progress table, kept current as students join, save and hand in (from whatever instance they use); `emptyClass` until one has joined. */
export function LiveProgressTable({ assignmentId, initialRows, emptyClass }: { assignmentId: string; initialRows: StudentProgressRow[]; emptyClass: ReactNode }) {
  const [rows, setRows] = useState(initialRows);
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
