import Link from "next/link";

export interface TabLink {
  href: string;
  label: string;
  current: boolean;
}

/** Views of one thing, each with its own address: links marked aria-current, drawn as tabs (tabs.css). */
export function TabLinks({ label, tabs }: { label: string; tabs: readonly TabLink[] }) {
  return (
    <nav aria-label={label} className="view-tabs">
      {tabs.map((tab) => (
        <Link key={tab.href} href={tab.href} aria-current={tab.current ? "page" : undefined}>
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
