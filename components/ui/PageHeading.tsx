import type { ReactNode } from "react";

/** A page's h1 with its main action beside it (below it on a phone), so the action is found first. */
export function PageHeading({ children, actions }: { children: ReactNode; actions?: ReactNode }) {
  return (
    <div className="page-heading">
      <h1>{children}</h1>
      {actions && <div className="page-heading__actions">{actions}</div>}
    </div>
  );
}
