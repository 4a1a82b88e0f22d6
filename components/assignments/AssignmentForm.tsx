"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useViewerClock } from "@/components/time/ViewerClockProvider";
import { revealRuleForTeacher } from "@/lib/classes/reveal";
import { toWallTime } from "@/lib/time/format-instant";
import type { RevealPolicy } from "@/lib/db/generated/enums";
import { callApi } from "@/components/api-client";
import { TagSetEditor, type EditableTag } from "@/components/assignments/TagSetEditor";
import { ActionMessage, type ActionMessageState } from "@/components/ui/ActionMessage";
import { Button } from "@/components/ui/Button";
import { ChoiceGroup } from "@/components/ui/ChoiceGroup";

const POLICIES: { value: RevealPolicy; label: string }[] = [
  { value: "AFTER_SUBMIT", label: "After each student submits" },
  { value: "AFTER_DUE", label: "After the due date" },
  { value: "MANUAL", label: "When I share them" },
  { value: "ALWAYS", label: "Always" },
];

export interface AssignmentFormValues {
  classId: string;
  articleId: string;
  title: string;
  instructions: string | null;
  dueAt: string | null;
  revealPolicy: RevealPolicy;
  showClassmateNames: boolean;
  tags: EditableTag[];
  released?: boolean;
  scoreOutOf?: number | null;
}

type AssignmentFormProps =
  | { mode: "create"; classes: { id: string; name: string }[]; articles: { id: string; title: string }[]; initial: AssignmentFormValues }
  | { mode: "edit"; assignmentId: string; initial: AssignmentFormValues; usedTagIds: string[] };

/** Creates an assignment, or changes one: title, instructions, due date, reveal policy and tags. */
export function AssignmentForm(props: AssignmentFormProps) {
  const router = useRouter();
  const { initial } = props;
  const [tags, setTags] = useState<EditableTag[]>(initial.tags);
  const [policy, setPolicy] = useState<RevealPolicy>(initial.revealPolicy);
  const [message, setMessage] = useState<ActionMessageState>(null);
  const [pending, setPending] = useState(false);
  // The zone the page shows times in is the one the due date is typed in, and the one sent with it.
  const { timeZone } = useViewerClock();

  const submit = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const due = String(data.get("dueAt") ?? "");
    const outOf = String(data.get("scoreOutOf") ?? "").trim();
    const body = {
      title: String(data.get("title") ?? ""),
      instructions: String(data.get("instructions") ?? ""),
      // The date and time as typed, with the zone they were typed in: the server reads them on that clock.
      dueAt: due || null,
      timeZone: String(data.get("timeZone") ?? ""),
      revealPolicy: policy,
      showClassmateNames: data.get("showClassmateNames") === "on",
      scoreOutOf: outOf === "" ? null : Number(outOf),
      tags,
      ...(props.mode === "edit" && policy === "MANUAL" && { released: data.get("released") === "on" }),
    };
    setPending(true);
    const outcome =
      props.mode === "create"
        ? await callApi<{ id: string }>("POST", "/api/assignments", { ...body, classId: data.get("classId"), articleId: data.get("articleId") })
        : await callApi<{ id: string }>("PATCH", `/api/assignments/${props.assignmentId}`, body);
    setPending(false);
    if (!outcome.ok) return setMessage({ kind: "error", text: outcome.message });
    if (props.mode === "create") return router.push(`/assignments/${outcome.value.id}`);
    setMessage({ kind: "done", text: "Saved." });
    router.refresh();
  };

  return (
    <form
      className="stack-form assignment-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit(event.currentTarget);
      }}
    >
      <ActionMessage message={message} />
      {props.mode === "create" && (
        <>
          <label htmlFor="classId">Class</label>
          <select id="classId" name="classId" defaultValue={initial.classId}>
            {props.classes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <label htmlFor="articleId">Article</label>
          <select id="articleId" name="articleId" defaultValue={initial.articleId}>
            {props.articles.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </select>
        </>
      )}
      <label htmlFor="title">Title</label>
      <input id="title" name="title" required maxLength={200} defaultValue={initial.title} />
      <label htmlFor="instructions">Instructions (optional)</label>
      <textarea id="instructions" name="instructions" rows={3} maxLength={4000} defaultValue={initial.instructions ?? ""} />
      <label htmlFor="dueAt">Due (optional)</label>
      {/* Keyed on the zone: when the browser's zone arrives after the first render, the field shows the due date on that clock. */}
      <input key={timeZone} id="dueAt" name="dueAt" type="datetime-local" defaultValue={initial.dueAt ? toWallTime(initial.dueAt, timeZone) : ""} aria-describedby="dueAt-zone" />
      <input type="hidden" name="timeZone" value={timeZone} />
      <p id="dueAt-zone" className="muted field-help">
        In your time zone, {timeZone}.
      </p>
      <label htmlFor="scoreOutOf">Scores out of (optional)</label>
      <input id="scoreOutOf" name="scoreOutOf" type="number" min={1} max={1000} step={1} defaultValue={initial.scoreOutOf ?? ""} aria-describedby="scoreOutOf-help" />
      <p id="scoreOutOf-help" className="muted field-help">Scores are shown as “8 / 10” to you and to the student; leave empty for no scale.</p>
      <ChoiceGroup legend="Students see classmates’ highlights" name="revealPolicy" choices={POLICIES} value={policy} onChange={setPolicy} hint={revealRuleForTeacher(policy)} />
      <div className="check-group">
        {props.mode === "edit" && policy === "MANUAL" && (
          <label className="radio-line">
            <input type="checkbox" name="released" defaultChecked={initial.released} /> Share classmates’ highlights now
          </label>
        )}
        <label className="radio-line">
          <input type="checkbox" name="showClassmateNames" defaultChecked={initial.showClassmateNames} /> Show classmates’ names (otherwise
          “Classmate 3F2A”)
        </label>
      </div>
      <TagSetEditor tags={tags} onChange={setTags} usedIds={props.mode === "edit" ? new Set(props.usedTagIds) : undefined} />
      <Button variant="primary" type="submit" disabled={pending}>
        {pending ? "Saving…" : props.mode === "create" ? "Create assignment" : "Save changes"}
      </Button>
    </form>
  );
}
