"use client";

import { forgetOfflinePages } from "./offline-reader";

/** Signing out also forgets the pages kept for offline reading (the sign-in page does it again, in case this is cut short). */
export function SignOutButton() {
  return (
    <button type="submit" className="link-button" onClick={() => void forgetOfflinePages()}>
      Sign out
    </button>
  );
}
