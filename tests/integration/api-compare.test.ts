import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ComparisonDto } from "@/lib/classes/comparison-schemas";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { RevealPolicy } from "@/lib/db/generated/enums";
import { DEMO_ANNOTATIONS } from "@/prisma/seed/demo-annotations";
import { createAnnotationRecord, createArticle, createAssignment, createClass, createUser, locatePhrase, submitWork } from "@/prisma/seed/factories";
import { signIn, type HttpSession } from "../support/http-session";
import { expectError } from "./support/api-assertions";
import { expectNothingChanged, openTestDatabase } from "./support/database";

/**
 * The demo class's three readings of the Lavrov article, in a class of its own: Ben and Chloé
 * split on "frank views" (loaded language / opinion), Ben and Dmitri on "Russia now
 * increasingly controls" (factual claim / opinion), and all three call "overzealous and
 * self-serving" loaded language.
 */
let db: PrismaClient;
let text: string;
let classId: string;
let versionId: string;
const people: Record<"teacher" | "ben" | "chloe" | "dmitri" | "outsider" | "otherTeacher", { id: string; email: string; name: string }> = {} as never;
const sessions: Partial<Record<keyof typeof people, HttpSession>> = {};
const password = `compare-${randomBytes(6).toString("hex")}`;
const READERS = { ben: "student2", chloe: "student3", dmitri: "student4" } as const;

async function makeAssignment(settings: { revealPolicy?: RevealPolicy; showClassmateNames?: boolean; dueAt?: Date } = {}, readers: (keyof typeof READERS)[] = ["ben", "chloe", "dmitri"]) {
  const assignment = await createAssignment(db, { classId, articleVersionId: versionId, title: "Spot the slant", ...settings });
  for (const reader of readers) {
    for (const a of DEMO_ANNOTATIONS[READERS[reader]]) {
      await createAnnotationRecord(db, { assignmentId: assignment.id, userId: people[reader].id, text, ...locatePhrase(text, a.phrase, a.occurrence), tag: a.tag, note: a.note });
    }
  }
  return assignment.id;
}

async function compare(who: keyof typeof people, assignmentId: string, query = "") {
  const response = await sessions[who]!.get<unknown>(`/api/assignments/${assignmentId}/compare${query}`);
  return response;
}

async function compareOk(who: keyof typeof people, assignmentId: string, query = "") {
  const response = await compare(who, assignmentId, query);
  expect(response.status, response.text).toBe(200);
  return { body: ComparisonDto.parse(response.body), text: response.text };
}

const hotspot = (body: ComparisonDto, exact: string) => body.hotspots.find((h) => h.exact === exact);

beforeAll(async () => {
  db = openTestDatabase();
  const suffix = randomBytes(4).toString("hex");
  const person = async (key: keyof typeof people, name: string, role: "TEACHER" | "STUDENT") => {
    const email = `${key}.${suffix}@compare.test`;
    const user = await createUser(db, { email, name, role, password });
    people[key] = { id: user.id, email, name };
  };
  await person("teacher", "Dana Rivera", "TEACHER");
  await person("ben", "Ben Okafor", "STUDENT");
  await person("chloe", "Chloé Martin", "STUDENT");
  await person("dmitri", "Dmitri Ivanov", "STUDENT");
  await person("outsider", "Priya Nair", "STUDENT");
  await person("otherTeacher", "Tomás Ruiz", "TEACHER");
  classId = (await createClass(db, { name: `Media Literacy ${suffix}`, teacherId: people.teacher.id, studentIds: [people.ben.id, people.chloe.id, people.dmitri.id] })).id;
  await createClass(db, { name: `Other ${suffix}`, teacherId: people.otherTeacher.id, studentIds: [people.outsider.id] });
  text = await readFile(new URL("../../prisma/seed/seed-article.txt", import.meta.url), "utf8");
  const article = await createArticle(db, { title: "Lavrov on the confusion in the Trump administration", text, createdById: people.teacher.id });
  versionId = article.versions[0]!.id;
  text = article.versions[0]!.text;
  for (const key of Object.keys(people) as (keyof typeof people)[]) sessions[key] = await signIn(people[key].email, password);
});

afterAll(async () => {
  await db.$disconnect();
});

describe("GET /api/assignments/{id}/compare as the class's teacher", () => {
  it("counts only submitted work by default, says how many drafts it left out, and includes them on request", async () => {
    const id = await makeAssignment();
    await submitWork(db, id, people.chloe.id);
    const submittedOnly = (await compareOk("teacher", id)).body;
    expect(submittedOnly).toMatchObject({ readers: 1, includesDrafts: false, draftsLeftOut: 2 });
    expect(submittedOnly.readings.map((r) => r.reader.name)).toEqual(["Chloé Martin"]);
    expect(submittedOnly.agreement.overall.unitizingAlpha).toBeNull();
    expect(submittedOnly.agreement.overall.explanation).toMatch(/two readers/i);
    expect(submittedOnly.hotspots).toEqual([]);

    const all = (await compareOk("teacher", id, "?includeDrafts=true")).body;
    expect(all).toMatchObject({ readers: 3, includesDrafts: true, draftsLeftOut: 0 });
    expect(all.readings.map((r) => [r.reader.name, r.submitted, r.spans.length])).toEqual([
      ["Ben Okafor", false, DEMO_ANNOTATIONS.student2.length],
      ["Chloé Martin", true, DEMO_ANNOTATIONS.student3.length],
      ["Dmitri Ivanov", false, DEMO_ANNOTATIONS.student4.length],
    ]);
  });

  it("counts a draft whose highlights were all deleted as not started: neither a reader nor a draft left out", async () => {
    const id = await makeAssignment({}, ["ben", "chloe"]);
    await submitWork(db, id, people.chloe.id);
    // Dmitri's first highlight made his draft; deleting it left the draft empty, as the progress table's "Not started".
    const only = await createAnnotationRecord(db, { assignmentId: id, userId: people.dmitri.id, text, ...locatePhrase(text, "frank views"), tag: "opinion" });
    await db.annotation.update({ where: { id: only.id }, data: { deletedAt: new Date() } });

    expect((await compareOk("teacher", id)).body).toMatchObject({ readers: 1, draftsLeftOut: 1 });
    const all = (await compareOk("teacher", id, "?includeDrafts=true")).body;
    expect(all).toMatchObject({ readers: 2, draftsLeftOut: 0 });
    expect(all.readings.map((r) => r.reader.name)).toEqual(["Ben Okafor", "Chloé Martin"]);
    expect(hotspot(all, "frank views")?.split).toEqual({ loaded_language: 1, opinion: 1, none: 0 });
  });

  it("finds the seeded disagreements among the hotspots and the loaded-language consensus", async () => {
    const id = await makeAssignment();
    const { body } = await compareOk("teacher", id, "?includeDrafts=true");
    expect(hotspot(body, "frank views")).toMatchObject({ split: { loaded_language: 1, opinion: 1, none: 1 }, score: 0.667, ...locatePhrase(text, "frank views") });
    expect(hotspot(body, "Russia now increasingly controls")).toMatchObject({ split: { factual_claim: 1, opinion: 1, none: 1 }, score: 0.667 });
    // The most divided passages come first: nothing scores above a three-way split.
    expect(body.hotspots[0]!.score).toBe(0.667);
    expect(body.consensus).toContainEqual({ ...locatePhrase(text, "overzealous and self-serving"), exact: "overzealous and self-serving", tag: "loaded_language", share: 1 });
    for (const span of [...body.consensus, ...body.hotspots]) expect(text.slice(span.start, span.end)).toBe(span.exact);
    expect(body.agreement.overall.sentences).toBeGreaterThan(20);
    for (const value of [body.agreement.overall.unitizingAlpha, body.agreement.overall.sentenceFleissKappa]) expect(value).toEqual(expect.any(Number));
    expect(Object.keys(body.agreement.byTag)).toEqual(["quote", "opinion", "loaded_language", "factual_claim"]);
  });

  it("narrows segments, consensus and hotspots to one tag, and moves the consensus threshold", async () => {
    const id = await makeAssignment();
    const { body } = await compareOk("teacher", id, "?includeDrafts=true&tag=loaded_language&consensus=1");
    expect(body.tag).toBe("loaded_language");
    expect(body.consensusShare).toBe(1);
    for (const seg of body.segments) expect(Object.keys(seg.counts)).toEqual(["loaded_language"]);
    expect(body.consensus.map((c) => c.exact)).toEqual(["overzealous and self-serving"]);
    expect(body.hotspots.every((h) => (h.split.loaded_language ?? 0) > 0)).toBe(true);
    expect(hotspot(body, "Russia now increasingly controls")).toBeUndefined();
  });

  it("scores each student against the answer key: a perfect match is 1, and missed and added spans are named", async () => {
    const id = await makeAssignment();
    // The teacher's key is Chloé's reading minus one highlight, plus one she did not make.
    const key = DEMO_ANNOTATIONS.student3.slice(1);
    for (const a of [...key, { phrase: "paralysed the Trump administration", tag: "loaded_language" as const }]) {
      await createAnnotationRecord(db, { assignmentId: id, userId: people.teacher.id, text, ...locatePhrase(text, a.phrase), tag: a.tag });
    }
    const own = await db.submission.findUniqueOrThrow({ where: { assignmentId_userId: { assignmentId: id, userId: people.teacher.id } } });
    await db.assignment.update({ where: { id }, data: { answerKeySubmissionId: own.id } });

    const { body } = await compareOk("teacher", id, "?includeDrafts=true");
    expect(body.readers).toBe(3);
    expect(body.readings.map((r) => r.reader.name)).not.toContain("Dana Rivera");
    const chloe = body.students!.find((s) => s.name === "Chloé Martin")!;
    const keyIds = new Map(body.key!.map((k) => [k.exact, k.id]));
    const chloeIds = new Map(body.readings.find((r) => r.reader.name === "Chloé Martin")!.spans.map((s) => [s.exact, s.id]));
    expect(chloe.missed).toEqual([keyIds.get("paralysed the Trump administration")]);
    expect(chloe.added).toEqual([chloeIds.get("frank views")]);
    expect(chloe.byTag.quote).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(chloe.precision).toBeLessThan(1);
    expect(chloe.recall).toBeLessThan(1);
    // Dmitri also tagged "paralysed the Trump administration" as loaded language.
    const dmitri = body.students!.find((s) => s.name === "Dmitri Ivanov")!;
    expect(dmitri.missed).not.toContain(keyIds.get("paralysed the Trump administration"));
    expect(body.students!.map((s) => s.id).sort()).toEqual([people.ben.id, people.chloe.id, people.dmitri.id].sort());
  });

  it("answers an assignment nobody has read with zero readers and undefined agreement, never NaN", async () => {
    const id = await makeAssignment({}, []);
    const { body, text: raw } = await compareOk("teacher", id, "?includeDrafts=true");
    expect(body).toMatchObject({ readers: 0, segments: [], consensus: [], hotspots: [], readings: [] });
    expect(body.agreement.overall).toMatchObject({ unitizingAlpha: null, sentenceFleissKappa: null, reading: null });
    expect(raw).not.toContain("NaN");
  });

  it("refuses a tag the assignment does not have, a threshold out of range and unknown parameters with 422", async () => {
    const id = await makeAssignment({}, ["ben"]);
    for (const query of ["?tag=evidence", "?consensus=0.4", "?consensus=abc", "?includeDrafts=yes", "?student=x"]) {
      expectError(await compare("teacher", id, query), 422, "validation_failed");
    }
  });
});

describe("GET /api/assignments/{id}/compare as a student", () => {
  it("AFTER_SUBMIT: 403 before handing in (and nothing recorded), then the class's view without scores or the key", async () => {
    const id = await makeAssignment({ revealPolicy: "AFTER_SUBMIT" });
    await submitWork(db, id, people.chloe.id);
    await submitWork(db, id, people.ben.id);
    const refused = await expectNothingChanged(db, () => compare("dmitri", id));
    expectError(refused, 403, "forbidden");
    expect(refused.text).not.toContain("frank views");

    const { body } = await compareOk("chloe", id);
    expect(body.readers).toBe(2);
    expect(body.students).toBeUndefined();
    expect(body.key).toBeUndefined();
    expect(body.readings.map((r) => r.reader.name).sort()).toEqual(["Ben Okafor", "You"]);
    const seen = await db.submission.findUniqueOrThrow({ where: { assignmentId_userId: { assignmentId: id, userId: people.chloe.id } } });
    expect(seen.classmatesSeenAt).not.toBeNull();
  });

  it("hides classmates' names behind stable pseudonyms when the teacher chose to: no real name or email anywhere", async () => {
    const id = await makeAssignment({ revealPolicy: "ALWAYS", showClassmateNames: false });
    for (const who of ["ben", "chloe", "dmitri"] as const) await submitWork(db, id, people[who].id);
    const first = await compareOk("chloe", id);
    for (const who of ["ben", "dmitri"] as const) {
      expect(first.text).not.toContain(people[who].name);
      expect(first.text).not.toContain(people[who].email);
      expect(first.text).not.toContain(people[who].id);
      expect(first.text).not.toContain(people[who].name.split(" ")[0]!);
    }
    const names = first.body.readings.map((r) => r.reader.name);
    expect(names.filter((n) => n === "You")).toHaveLength(1);
    expect(names.filter((n) => /^Classmate [0-9A-F]{4}$/.test(n))).toHaveLength(2);
    expect((await compareOk("chloe", id)).body.readings.map((r) => r.reader)).toEqual(first.body.readings.map((r) => r.reader));
  });

  it("MANUAL and AFTER_DUE: 403 until the teacher shares or the due date passes; ALWAYS: at once", async () => {
    const manual = await makeAssignment({ revealPolicy: "MANUAL" });
    await submitWork(db, manual, people.ben.id);
    expectError(await compare("ben", manual), 403, "forbidden");
    await db.assignment.update({ where: { id: manual }, data: { revealedAt: new Date() } });
    expect((await compareOk("ben", manual)).body.readers).toBe(1);

    const due = await makeAssignment({ revealPolicy: "AFTER_DUE", dueAt: new Date(Date.now() + 86_400_000) });
    await submitWork(db, due, people.ben.id);
    expectError(await compare("ben", due), 403, "forbidden");
    await db.assignment.update({ where: { id: due }, data: { dueAt: new Date(Date.now() - 1000) } });
    expect((await compareOk("ben", due)).body.readers).toBe(1);

    const always = await makeAssignment({ revealPolicy: "ALWAYS" });
    expect((await compareOk("dmitri", always)).body).toMatchObject({ readers: 0, draftsLeftOut: 0 });
  });

  it("may not include drafts (403), and a student of another class gets 404, as does another teacher", async () => {
    const id = await makeAssignment({ revealPolicy: "ALWAYS" });
    expectError(await compare("ben", id, "?includeDrafts=true"), 403, "forbidden");
    expectError(await compare("outsider", id), 404, "not_found");
    expectError(await compare("otherTeacher", id), 404, "not_found");
  });
});
