import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ariaSortFor, DEFAULT_SORT, nextSort, scoreOf, sortStudents, type SortState, type StudentScore } from "./score-sorting";

let counter = 0;
function student(name: string, f1: number, byTag: Record<string, number> = {}, extra: Partial<StudentScore> = {}): StudentScore {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, "0")}`,
    name,
    precision: f1,
    recall: f1,
    f1,
    byTag: Object.fromEntries(Object.entries(byTag).map(([tag, value]) => [tag, { precision: value, recall: value, f1: value }])),
    missed: [],
    added: [],
    ...extra,
  };
}
const names = (list: StudentScore[]) => list.map((s) => s.name);

describe("sortStudents", () => {
  it("puts the best F1 over all tags first by default", () => {
    const class_ = [student("Ava", 0.4), student("Ben", 0.9), student("Chloe", 0.65)];
    expect(names(sortStudents(class_, DEFAULT_SORT))).toEqual(["Ben", "Chloe", "Ava"]);
  });

  it("sorts by one tag's measure, lowest first when asked", () => {
    const class_ = [student("Ava", 0.4, { quote: 0.7 }), student("Ben", 0.9, { quote: 0.1 }), student("Chloe", 0.65, { quote: 0.5 })];
    const sort: SortState = { key: { kind: "score", scope: "quote", measure: "recall" }, direction: "ascending" };
    expect(names(sortStudents(class_, sort))).toEqual(["Ben", "Chloe", "Ava"]);
  });

  it("sorts precision apart from recall", () => {
    const a = student("Ava", 0.5, {}, { precision: 0.9, recall: 0.2 });
    const b = student("Ben", 0.5, {}, { precision: 0.3, recall: 0.8 });
    expect(names(sortStudents([a, b], { key: { kind: "score", scope: null, measure: "precision" }, direction: "descending" }))).toEqual(["Ava", "Ben"]);
    expect(names(sortStudents([a, b], { key: { kind: "score", scope: null, measure: "recall" }, direction: "descending" }))).toEqual(["Ben", "Ava"]);
  });

  it("breaks ties by name in either direction, ignoring case and reading numbers as numbers", () => {
    const class_ = [student("student10", 0.5), student("Student2", 0.5), student("ava", 0.5)];
    expect(names(sortStudents(class_, DEFAULT_SORT))).toEqual(["ava", "Student2", "student10"]);
    expect(names(sortStudents(class_, { ...DEFAULT_SORT, direction: "ascending" }))).toEqual(["ava", "Student2", "student10"]);
  });

  it("sorts by name A to Z and Z to A", () => {
    const class_ = [student("Chloe", 0.1), student("ava", 0.2), student("Ben", 0.3)];
    expect(names(sortStudents(class_, { key: { kind: "name" }, direction: "ascending" }))).toEqual(["ava", "Ben", "Chloe"]);
    expect(names(sortStudents(class_, { key: { kind: "name" }, direction: "descending" }))).toEqual(["Chloe", "Ben", "ava"]);
  });

  it("puts a student without a score for the tag last, whichever the direction", () => {
    const class_ = [student("Ava", 0.4, {}), student("Ben", 0.9, { opinion: 0.2 }), student("Chloe", 0.6, { opinion: 0.8 })];
    for (const direction of ["ascending", "descending"] as const) {
      expect(sortStudents(class_, { key: { kind: "score", scope: "opinion", measure: "f1" }, direction }).at(-1)!.name).toBe("Ava");
    }
  });

  it("does not change the list it is given", () => {
    const class_ = [student("Ava", 0.4), student("Ben", 0.9)];
    sortStudents(class_, DEFAULT_SORT);
    expect(names(class_)).toEqual(["Ava", "Ben"]);
  });

  it("returns the same students, ordered by the column, for any scores (property)", () => {
    const scores = fc.array(fc.record({ name: fc.string({ maxLength: 6 }), f1: fc.double({ min: 0, max: 1, noNaN: true }) }), { maxLength: 20 });
    fc.assert(
      fc.property(scores, fc.constantFrom("ascending" as const, "descending" as const), (rows, direction) => {
        const class_ = rows.map((row) => student(row.name, row.f1));
        const sorted = sortStudents(class_, { key: { kind: "score", scope: null, measure: "f1" }, direction });
        expect(new Set(sorted.map((s) => s.id))).toEqual(new Set(class_.map((s) => s.id)));
        for (let i = 1; i < sorted.length; i++) {
          const [before, after] = [sorted[i - 1]!.f1, sorted[i]!.f1];
          expect(direction === "ascending" ? before <= after : before >= after).toBe(true);
        }
      }),
    );
  });
});

describe("nextSort", () => {
  it("turns the sorted column round", () => {
    expect(nextSort(DEFAULT_SORT, { kind: "score", scope: null, measure: "f1" }).direction).toBe("ascending");
    const ascending = nextSort(DEFAULT_SORT, { kind: "score", scope: null, measure: "f1" });
    expect(nextSort(ascending, { kind: "score", scope: null, measure: "f1" }).direction).toBe("descending");
  });

  it("starts a new score column highest first and the names column A to Z", () => {
    expect(nextSort(DEFAULT_SORT, { kind: "score", scope: "quote", measure: "f1" })).toEqual({ key: { kind: "score", scope: "quote", measure: "f1" }, direction: "descending" });
    expect(nextSort(DEFAULT_SORT, { kind: "name" })).toEqual({ key: { kind: "name" }, direction: "ascending" });
  });

  it("treats the same measure of another tag as another column", () => {
    const byQuote = nextSort(DEFAULT_SORT, { kind: "score", scope: "quote", measure: "f1" });
    expect(nextSort(byQuote, { kind: "score", scope: null, measure: "f1" }).direction).toBe("descending");
  });
});

describe("ariaSortFor", () => {
  it("marks the sorted column only", () => {
    expect(ariaSortFor(DEFAULT_SORT, { kind: "score", scope: null, measure: "f1" })).toBe("descending");
    expect(ariaSortFor(DEFAULT_SORT, { kind: "score", scope: null, measure: "recall" })).toBeUndefined();
    expect(ariaSortFor(DEFAULT_SORT, { kind: "score", scope: "quote", measure: "f1" })).toBeUndefined();
    expect(ariaSortFor(DEFAULT_SORT, { kind: "name" })).toBeUndefined();
  });
});

describe("scoreOf", () => {
  it("reads the overall score or one tag's", () => {
    const s = student("Ava", 0.4, { quote: 0.7 });
    expect(scoreOf(s, null, "f1")).toBe(0.4);
    expect(scoreOf(s, "quote", "precision")).toBe(0.7);
    expect(scoreOf(s, "opinion", "precision")).toBeUndefined();
  });
});
