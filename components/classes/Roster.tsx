"use client";

import { useState, useTransition } from "react";
import { removeStudentAction, resetStudentPasswordAction } from "@/app/classes/actions";
import { ActionMessage, type ActionMessageState } from "@/components/ui/ActionMessage";
import { ScrollRegion } from "@/components/ui/ScrollRegion";
import { Button } from "@/components/ui/Button";

interface Student {
  id: string;
  name: string;
  email: string | null;
  username: string | null;
  canResetPassword: boolean;
  /** Why not, in words for the teacher (students with an email reset it themselves). */
  passwordResetRefusal: string | null;
}

/** The class's students, with removing one and resetting a password (shown once). */
export function Roster({ classId, students }: { classId: string; students: Student[] }) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [message, setMessage] = useState<ActionMessageState>(null);
  const [pending, startTransition] = useTransition();

  const reset = (student: Student) =>
    startTransition(async () => {
      const result = await resetStudentPasswordAction(classId, student.id);
      setMessage(
        result.ok
          ? { kind: "done", text: `Temporary password for ${student.name}: ${result.value} — they choose a new one when they sign in. It works for 24 hours and is shown only now.` }
          : { kind: "error", text: result.ok === false ? result.error : "Something went wrong." },
      );
    });
  const remove = (student: Student) =>
    startTransition(async () => {
      const result = await removeStudentAction(classId, student.id);
      setConfirming(null);
      setMessage(result.ok ? { kind: "done", text: `${student.name} was removed from the class.` } : { kind: "error", text: result.ok === false ? result.error : "" });
    });

  return (
    <section aria-labelledby="roster-heading">
      <h2 id="roster-heading">Students ({students.length})</h2>
      <ActionMessage message={message} />
      {students.length === 0 ? (
        <p className="muted">No students yet. Give them the join code above: they join at /join with it.</p>
      ) : (
        <ScrollRegion labelledBy="roster-heading">
          <table className="roster">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Signs in with</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {students.map((student) => (
                <tr key={student.id}>
                  <th scope="row">{student.name}</th>
                  <td data-label="Signs in with">{student.email ? <BreakableEmail email={student.email} /> : student.username}</td>
                  <td className="roster__actions">
                    {confirming === student.id ? (
                      <>
                        <span>Remove {student.name}?</span>{" "}
                        <Button variant="danger" disabled={pending} onClick={() => remove(student)}>
                          Yes, remove
                        </Button>{" "}
                        <button type="button" onClick={() => setConfirming(null)}>
                          Cancel
                        </button>
                      </>
                    ) : (
                      <>
                        {student.canResetPassword ? (
                          <button type="button" disabled={pending} onClick={() => reset(student)}>
                            Reset password<span className="visually-hidden"> for {student.name}</span>
                          </button>
                        ) : (
                          <span className="muted roster__note">{student.passwordResetRefusal}</span>
                        )}{" "}
                        <Button variant="danger" disabled={pending} onClick={() => setConfirming(student.id)}>
                          Remove<span className="visually-hidden"> {student.name}</span>
                        </Button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}

/** An address that may break before its "@" on a phone, rather than widening the roster. */
function BreakableEmail({ email }: { email: string }) {
  const at = email.lastIndexOf("@");
  return at <= 0 ? email : (
    <>
      {email.slice(0, at)}
      <wbr />
      {email.slice(at)}
    </>
  );
}
