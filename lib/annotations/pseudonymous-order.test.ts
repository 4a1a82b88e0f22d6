import { describe, expect, it } from "vitest";
import { inPseudonymousOrder } from "./pseudonymous-order";

describe("inPseudonymousOrder", () => {
  const people = Array.from({ length: 12 }, (_, i) => ({ id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`, name: `Student ${String.fromCharCode(65 + i)}` }));

  it("does not keep the alphabetical order, and is the same every time for one assignment", () => {
    const once = inPseudonymousOrder(people, (p) => p.id, "secret", "assignment-1");
    expect(once.map((p) => p.name)).not.toEqual(people.map((p) => p.name));
    expect(inPseudonymousOrder([...people].reverse(), (p) => p.id, "secret", "assignment-1")).toEqual(once);
    expect(new Set(once)).toEqual(new Set(people));
  });

  it("differs between assignments, so one order does not give away another", () => {
    const first = inPseudonymousOrder(people, (p) => p.id, "secret", "assignment-1").map((p) => p.id);
    const second = inPseudonymousOrder(people, (p) => p.id, "secret", "assignment-2").map((p) => p.id);
    expect(second).not.toEqual(first);
  });
});
