import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { RememberTimeZoneScript } from "@/components/time/RememberTimeZoneScript";
import { ViewerClockProvider } from "@/components/time/ViewerClockProvider";
import { SiteHeader } from "@/components/ui/SiteHeader";
import { sentTimeZone, viewerClock } from "@/lib/http/viewer-clock";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Slant", template: "%s · Slant" },
  description: "Read news critically: highlight quotes, opinions, loaded language and factual claims.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <RememberTimeZoneScript />
      </head>
      <body>
        <ViewerClockProvider clock={await viewerClock()} sentZone={await sentTimeZone()}>
          <a href="#main" className="skip-link">
            Skip to content
          </a>
          <SiteHeader />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
        </ViewerClockProvider>
      </body>
    </html>
  );
}
