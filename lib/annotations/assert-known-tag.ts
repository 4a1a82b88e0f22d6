import { ValidationFailed } from "@/lib/errors";
import type { TagDefinition } from "./tags";

export function assertKnownTag(tags: TagDefinition[], tag: string): void {
  if (!tags.some((known) => known.id === tag)) {
    const ids = tags.map((known) => known.id).join(", ");
    throw new ValidationFailed(`Unknown tag "${tag}". This assignment's tags are: ${ids}.`, { field: "tag" });
  }
}
