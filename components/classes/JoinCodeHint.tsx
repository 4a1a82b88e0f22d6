import { CopyableCode } from "@/components/ui/CopyableCode";

/**
 * What a teacher looking at a class with no students needs: the sentence, the code to give
 * out, and a button to copy it. An archived class takes no one, so it gets the sentence alone.
 */
export function JoinCodeHint({ joinCode, emptyText = "No students have joined this class yet." }: { joinCode: string | null; emptyText?: string }) {
  return (
    <div className="join-code-hint">
      <p>{emptyText}</p>
      {joinCode && (
        <p>
          Students join at <strong>/join</strong> with the code <CopyableCode text={joinCode} label="Copy join code" what="join code" />
        </p>
      )}
    </div>
  );
}
