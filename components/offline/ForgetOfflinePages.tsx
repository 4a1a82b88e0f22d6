"use client";

import { useEffect } from "react";
import { forgetOfflinePages } from "./offline-reader";

/** On the sign-in page: whoever signs in next on this computer starts with no one else's kept pages. */
export function ForgetOfflinePages() {
  useEffect(() => {
    void forgetOfflinePages();
  }, []);
  return null;
}
