import { expect, test } from "@playwright/test";
import { STORAGE } from "./support/accounts";

test.use({ storageState: STORAGE.student });

test("a student cannot read or change a classmate's annotations through the API", async ({ page, browser }) => {
  const [assignment] = (await (await page.request.get("/api/assignments")).json()) as { id: string }[];
  const base = `/api/assignments/${assignment!.id}/annotations`;

  const classScope = await page.request.get(`${base}?scope=class`);
  expect(classScope.status()).toBe(403);
  expect((await classScope.json()).error.code).toBe("forbidden");

  // Find a classmate's annotation as the teacher sees it.
  const teacher = await browser.newContext({ storageState: STORAGE.teacher });
  const all = (await (await teacher.request.get(`${base}?scope=class`)).json()) as { id: string; author: { id: string } }[];
  await teacher.close();
  const classmates = all.filter((a) => a.author);
  expect(classmates.length).toBeGreaterThan(0);
  const theirs = classmates[0]!;

  expect((await page.request.get(`${base}?student=${theirs.author.id}`)).status()).toBe(403);
  // Someone else's annotation is, to a student, as if it did not exist.
  const patch = await page.request.patch(`/api/annotations/${theirs.id}`, { data: { note: "mine now" } });
  expect(patch.status()).toBe(404);
  expect((await page.request.delete(`/api/annotations/${theirs.id}`)).status()).toBe(404);

  // Their own list holds none of the classmate's work.
  const own = (await (await page.request.get(base)).json()) as { id: string }[];
  expect(own.map((a) => a.id)).not.toContain(theirs.id);
});
