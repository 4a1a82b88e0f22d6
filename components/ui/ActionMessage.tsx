export type ActionMessageState = { kind: "error" | "done"; text: string } | null;

/** The outcome of the last action on a form: an error as an alert, a success announced politely. */
export function ActionMessage({ message }: { message: ActionMessageState }) {
  return (
    <div aria-live="polite">
      {message && (
        <p className={message.kind === "error" ? "form-error" : "form-success"} role={message.kind === "error" ? "alert" : undefined}>
          {message.text}
        </p>
      )}
    </div>
  );
}
