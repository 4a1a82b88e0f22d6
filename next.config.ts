import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // A second build folder lets two test runs (two developers, one tree) build side by side.
  distDir: process.env.SLANT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // Every page's <title> in the first HTML, for every visitor (not streamed in later):
  // screen readers announce it on arrival, and WCAG 2.4.2 holds from the first paint.
  htmlLimitedBots: /.*/,
  // Native and Node-only packages stay out of the server bundle.
  // PDFKit reads its own data files (standard font metrics, colour profile) from beside its code.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "mammoth", "sanitize-html", "htmlparser2", "rate-limiter-flexible", "pdfkit", "fontkit", "linebreak"],
  async headers() {
    return [{ source: "/:path*", headers: [...SECURITY_HEADERS] }];
  },
};

export default nextConfig;
