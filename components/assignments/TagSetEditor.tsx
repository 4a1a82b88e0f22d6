"use client";

import { TAG_PALETTE, type TagColor } from "@/lib/annotations/tag-palette";
import { TagSwatch } from "@/components/reader/TagBadge";
import { DEFAULT_TAGS, MAX_TAGS, type TagDefinition } from "@/lib/annotations/tags";

export type EditableTag = Omit<TagDefinition, "id"> & { id?: string };

interface TagSetEditorProps {
  tags: EditableTag[];
  onChange(tags: EditableTag[]): void;
  /** Tag ids students have used: those can be renamed but not removed. */
  usedIds?: ReadonlySet<string>;
}

/** Rename, recolour, add (up to 8) or remove tags, and choose which need a note. */
export function TagSetEditor({ tags, onChange, usedIds = new Set() }: TagSetEditorProps) {
  const update = (index: number, change: Partial<EditableTag>) => onChange(tags.map((tag, i) => (i === index ? { ...tag, ...change } : tag)));
  const freeColor = TAG_PALETTE.find((color) => !tags.some((tag) => tag.color === color)) ?? "gray";
  return (
    <fieldset className="tag-editor">
      <legend>Tags</legend>
      <ol>
        {tags.map((tag, index) => (
          <li key={tag.id ?? `new-${index}`} className="tag-editor__row">
            <TagSwatch color={tag.color} />
            <label>
              <span className="visually-hidden">Tag {index + 1} name</span>
              <input value={tag.label} maxLength={40} required onChange={(event) => update(index, { label: event.target.value })} />
            </label>
            <label>
              <span className="visually-hidden">Tag {index + 1} colour</span>
              <select value={tag.color} onChange={(event) => update(index, { color: event.target.value as TagColor })}>
                {TAG_PALETTE.map((color) => (
                  <option key={color} value={color}>
                    {color}
                  </option>
                ))}
              </select>
            </label>
            <label className="tag-editor__check">
              <input type="checkbox" checked={tag.requiresNote} onChange={(event) => update(index, { requiresNote: event.target.checked })} /> needs a note
              <span className="visually-hidden"> ({tag.label})</span>
            </label>
            <button
              type="button"
              disabled={tags.length === 1 || (tag.id !== undefined && usedIds.has(tag.id))}
              onClick={() => onChange(tags.filter((_, i) => i !== index))}
            >
              Remove<span className="visually-hidden"> {tag.label}</span>
            </button>
          </li>
        ))}
      </ol>
      <p>
        <button type="button" disabled={tags.length >= MAX_TAGS} onClick={() => onChange([...tags, { label: "", color: freeColor, requiresNote: false }])}>
          Add a tag
        </button>{" "}
        <button type="button" onClick={() => onChange(DEFAULT_TAGS)}>
          Back to the four standard tags
        </button>{" "}
        <span className="muted">Up to {MAX_TAGS} tags, each with its own colour (colours also differ in underline pattern).</span>
      </p>
    </fieldset>
  );
}
