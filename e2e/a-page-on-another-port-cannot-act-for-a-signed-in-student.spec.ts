import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect } from "@playwright/test";
import { createClass, expectStatus, test } from "./support/classroom";

/**
 * F2, as reported: a page on another port of the same host (same site, so the session
 * cookie, SameSite=Lax, is sent) fires a no-cors text/plain POST at the join route.
 */
function serveAttackerPage(target: string, code: string): Promise<Server> {
  const page = `<!DOCTYPE html><html><head><title>Free homework answers</title></head><body><p id="status">working</p><script>
    Promise.allSettled([
      fetch(${JSON.stringify(`${target}/api/classes/join`)}, { method: "POST", mode: "no-cors", credentials: "include", headers: { "content-type": "text/plain" }, body: ${JSON.stringify(JSON.stringify({ code }))} }),
      fetch(${JSON.stringify(`${target}/api/classes/join`)}, { method: "POST", mode: "no-cors", credentials: "include", body: new URLSearchParams({ code: ${JSON.stringify(code)} }) }),
    ]).then(() => { document.getElementById("status").textContent = "done"; });
  </script></body></html>`;
  const server = createServer((_request, response) => {
    response.setHeader("content-type", "text/html");
    response.end(page);
  });
  return new Promise((resolve) => server.listen(0, "localhost", () => resolve(server)));
}

test("a page on another port cannot enrol a signed-in student in a class, whatever it sends", async ({ classroom, baseURL }) => {
  const teacher = await classroom.signUpTeacher("Noor Haddad");
  const klass = await createClass(teacher, "Civics 8B");
  const decoy = await createClass(teacher, "Decoy class");
  const student = await classroom.joinAsStudent(decoy.joinCode, "Ravi Menon");

  const attacker = await serveAttackerPage(baseURL!, klass.joinCode);
  try {
    const page = await classroom.pageAs(student);
    const attackerUrl = `http://localhost:${(attacker.address() as AddressInfo).port}/`;
    expect(new URL(attackerUrl).origin).not.toBe(new URL(baseURL!).origin);
    const refused: number[] = [];
    page.on("response", (response) => {
      if (response.url().endsWith("/api/classes/join")) refused.push(response.status());
    });
    await page.goto(attackerUrl);
    await expect(page.locator("#status")).toHaveText("done");
    // The browser did send both (with the cookie); the app refused them.
    await expect.poll(() => refused.length).toBe(2);
    expect(refused.every((status) => status === 403)).toBe(true);
  } finally {
    attacker.close();
  }

  const roster = await expectStatus<{ students: { id: string }[] }>(await teacher.api.get(`/api/classes/${klass.id}`), 200);
  expect(roster.students.map((s) => s.id)).not.toContain(student.id);
  // The same join from the app itself still works.
  await expectStatus(await student.api.post("/api/classes/join", { data: { code: klass.joinCode } }), 200);
});
