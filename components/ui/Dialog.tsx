import { useId, type ReactNode, type Ref } from "react";

interface DialogProps {
  ref: Ref<HTMLDialogElement>;
  title: ReactNode;
  children: ReactNode;
  /** The buttons at its foot, the one that does the thing first. */
  actions: ReactNode;
}

/**
 * A modal dialog: the browser's own <dialog>, opened with showModal(), so focus is trapped in it,
 * Escape closes it and focus returns to what opened it (dialog.css).
 */
export function Dialog({ ref, title, children, actions }: DialogProps) {
  const titleId = useId();
  return (
    <dialog ref={ref} className="dialog confirm-dialog" aria-labelledby={titleId}>
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      {children}
      <div className="dialog-buttons">{actions}</div>
    </dialog>
  );
}
