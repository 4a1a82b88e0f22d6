"use client";

import { useEffect, useRef, type KeyboardEvent, type ReactNode } from "react";
import type { ReferenceRects } from "./floating-placement";
import { rovingTarget } from "./roving-focus";
import { useFloatingBox } from "./use-floating-box";

interface SelectionToolbarProps {
  label: string;
  /** The selected words on screen: the toolbar sits under them (over them when there is no room below). */
  reference: ReferenceRects;
  onDismiss(): void;
  /** Keys of the toolbar's own (the tag toolbar's digits); the arrows, Home, End and Escape are handled here. */
  onKeyDown?(event: KeyboardEvent<HTMLDivElement>): void;
  children: ReactNode;
}

const buttonsOf = (toolbar: HTMLElement | null) => [...(toolbar?.querySelectorAll<HTMLButtonElement>("button") ?? [])];

/** Leaves `stop` the toolbar's only button in the tab order. */
function makeTabStop(toolbar: HTMLElement | null, stop: HTMLButtonElement): void {
  for (const button of buttonsOf(toolbar)) button.tabIndex = button === stop ? 0 : -1;
}

/**
 * The floating toolbar under a selection, kept inside the window (its buttons wrap) (tagging it, or placing an
 * orphaned highlight on it). One tab stop (roving tabindex): the arrow keys, Home and End move between its
 * buttons; Escape dismisses it.
 */
export function SelectionToolbar({ label, reference, onDismiss, onKeyDown, children }: SelectionToolbarProps) {
  const toolbarRef = useRef<HTMLDivElement>(null);
  useFloatingBox(toolbarRef, reference, "toolbar");

  useEffect(() => {
    const [first] = buttonsOf(toolbarRef.current);
    if (first) makeTabStop(toolbarRef.current, first);
  }, []);

  return (
    <div
      ref={toolbarRef}
      role="toolbar"
      aria-label={label}
      aria-orientation="horizontal"
      className="tag-toolbar"
      onKeyDown={(event) => {
        onKeyDown?.(event);
        if (event.defaultPrevented) return;
        if (event.key === "Escape") return onDismiss();
        const list = buttonsOf(toolbarRef.current);
        const target = rovingTarget(event.key, Math.max(0, list.indexOf(event.target as HTMLButtonElement)), list.length);
        if (target === null) return;
        event.preventDefault();
        makeTabStop(toolbarRef.current, list[target]!);
        list[target]!.focus();
      }}
    >
      {children}
    </div>
  );
}
