import { expect, test, type Page, type Response } from "@playwright/test";
import { Classroom, expectStatus, setUpExercise } from "./support/classroom";
import { startLoadBalancedInstances, type LoadBalancedInstances } from "./support/load-balanced-instances";
import { expectAllSaved, selectWithMouse } from "./support/reader";

/** Sends this browser to one instance first (nginx routes on the cookie; the other instance is its backup). */
async function pinTo(page: Page, cluster: LoadBalancedInstances, instance: "a" | "b"): Promise<void> {
  await page.context().addCookies([{ name: "slant_pin", value: instance, url: cluster.url }]);
}

const upstreams = (response: Response) => (response.headers()["x-slant-upstream"] ?? "").split(", ");
const isBatchSave = (response: Response) => response.url().endsWith("/annotations/batch") && response.request().method() === "POST";

test.describe.configure({ timeout: 60_000 });

test("a teacher on one instance sees a student's saves from the other within a second, and when the student's instance stops nothing is lost", async ({ browser }) => {
  const cluster = await startLoadBalancedInstances();
  const classroom = new Classroom(cluster.url, browser);
  try {
    // Set up through nginx, round robin: the instances share one database, so either may answer.
    const { teacher, klass, assignment } = await setUpExercise(classroom, { title: "Live from two instances", teacherName: "Ruth Adeyemi" });
    const student = await classroom.joinAsStudent(klass.joinCode, "Kofi Mensah");

    const teacherPage = await classroom.pageAs(teacher);
    await pinTo(teacherPage, cluster, "b");
    const stream = teacherPage.waitForResponse((response) => response.url().endsWith(`/api/assignments/${assignment.id}/events`));
    const teacherPageResponse = await teacherPage.goto(`${cluster.url}/assignments/${assignment.id}`);
    expect(upstreams(teacherPageResponse!)).toEqual([cluster.upstreamOf("b")]);
    expect(upstreams(await stream)).toEqual([cluster.upstreamOf("b")]);
    await expect(teacherPage.locator(".live-indicator")).toHaveText("Live");
    const row = teacherPage.getByRole("row", { name: new RegExp(student.name) });
    const highlights = row.getByRole("cell").nth(1);
    await expect(highlights).toHaveText("0");

    // The same teacher's Compare tab, in a second tab on instance B: it counts handed-in work only.
    const comparePage = await teacherPage.context().newPage();
    await comparePage.goto(`${cluster.url}/assignments/${assignment.id}?view=compare`);
    await expect(comparePage.locator(".live-indicator")).toHaveText("Live");
    const basis = comparePage.locator(".compare-basis");
    await expect(basis).toHaveText("Based on 0 readers, submitted work only.");
    // A mark on each page's window: a reload would lose it.
    for (const page of [teacherPage, comparePage]) await page.evaluate(() => Object.assign(window, { slantNotReloaded: true }));

    const studentPage = await classroom.pageAs(student);
    await pinTo(studentPage, cluster, "a");
    const studentPageResponse = await studentPage.goto(`${cluster.url}/assignments/${assignment.id}`);
    expect(upstreams(studentPageResponse!)).toEqual([cluster.upstreamOf("a")]);
    await expect(studentPage.locator(".ProseMirror")).toBeVisible();

    // A save on instance A reaches the teacher's page on instance B through PostgreSQL within a second.
    const firstSave = studentPage.waitForResponse(isBatchSave);
    await selectWithMouse(studentPage, "a triumph for every family in town");
    await studentPage.keyboard.press("1");
    const first = await firstSave;
    expect(first.status()).toBe(200);
    expect(upstreams(first)).toEqual([cluster.upstreamOf("a")]);
    await expect(highlights).toHaveText("1", { timeout: 1_000 });
    await expect(row.getByRole("cell").nth(0)).toHaveText(/In progress \(1\)/);
    await expect(basis).toHaveText("Based on 0 readers, submitted work only (1 still working on a draft).", { timeout: 1_000 });

    // Instance A stops. The student's next save still goes through nginx, which skips A for B.
    await cluster.instances.a.stop();
    const secondSave = studentPage.waitForResponse(isBatchSave);
    await selectWithMouse(studentPage, "a reckless waste of public money");
    await studentPage.keyboard.press("3");
    const second = await secondSave;
    expect(second.status()).toBe(200);
    expect(upstreams(second).at(-1)).toBe(cluster.upstreamOf("b"));
    await expect(highlights).toHaveText("2", { timeout: 1_000 });
    await expectAllSaved(studentPage);

    // Handing in shows too, and the teacher's page never reloaded.
    await studentPage.getByRole("button", { name: "Submit…" }).click();
    await studentPage.getByRole("button", { name: "Submit now" }).click();
    await expect(row.getByRole("cell").nth(0)).toHaveText(/^Submitted/, { timeout: 1_000 });
    await expect(basis).toHaveText(/^Based on 1 reader, submitted work only/, { timeout: 1_000 });
    for (const page of [teacherPage, comparePage]) expect(await page.evaluate(() => "slantNotReloaded" in window)).toBe(true);

    // Nothing lost: both highlights are stored, whichever instance took them.
    const stored = await expectStatus<{ exact: string }[]>(await student.api.get(`/api/assignments/${assignment.id}/annotations`), 200);
    expect(stored.map((annotation) => annotation.exact).sort()).toEqual(["a reckless waste of public money", "a triumph for every family in town"]);
  } finally {
    await classroom.dispose();
    await cluster.stop();
  }
});
