"use client";

import { useEffect, useRef, type ReactNode } from "react";

interface ArrivalHeadingProps {
  id?: string;
  className?: string;
  /** What the heading is about (the student whose work it heads): focus moves to it when this changes. */
  arrivalKey: string;
  children: ReactNode;
}

/**
 * A page section's heading that takes the focus when the section is arrived at by a link that is now gone
 * (next student, back to the table): otherwise the focus falls to the page's body and a keyboard or screen
 * reader user starts again from the top. When `arrivalKey` changes it takes the focus whatever had it.
 */
export function ArrivalHeading({ id, className, arrivalKey, children }: ArrivalHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const shownKey = useRef<string | null>(null);
  useEffect(() => {
    const changed = shownKey.current !== null && shownKey.current !== arrivalKey;
    shownKey.current = arrivalKey;
    const active = document.activeElement;
    const lost = !active || active === document.body || !active.isConnected;
    if (changed || lost) ref.current?.focus();
  }, [arrivalKey]);
  return (
    <h2 ref={ref} id={id} className={className} tabIndex={-1}>
      {children}
    </h2>
  );
}
