import type { Metadata } from "next";
import { TaggingGuide } from "@/components/help/TaggingGuide";

export const metadata: Metadata = { title: "How to tag" };

/** Open to anyone, signed in or not: it holds no one's work. */
export default function TaggingHelpPage() {
  return (
    <div className="narrow-page tagging-guide">
      <h1>How to tag</h1>
      <TaggingGuide />
    </div>
  );
}
