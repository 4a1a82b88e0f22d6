"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** A header link that says, to the eye and to screen readers (aria-current), which section this page is in. */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname();
  const here = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link href={href} className="site-header__link" aria-current={here ? "page" : undefined}>
      {children}
    </Link>
  );
}
