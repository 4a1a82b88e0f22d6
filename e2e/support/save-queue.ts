import type { APIRequestContext, Page, Route } from "@playwright/test";
import { AnnotationDto } from "@/lib/annotations/schemas";
import { SubmissionDto } from "@/lib/classes/submission-schemas";
import { expectStatus } from "./classroom";

const BATCH = "**/api/assignments/*/annotations/batch";

/**
 * Makes every save `page` sends fail as a dropped connection does, for this page alone
 * (`context.setOffline` would cut every tab of the context). The reader keeps the changes
 * and says it is offline; `reconnect` lets saves through again and presses "Retry now".
 */
export async function cutSaves(page: Page): Promise<{ reconnect(): Promise<void> }> {
  let onAttempt: (() => void) | null = null;
  const refuse = async (route: Route) => {
    await route.abort("internetdisconnected");
    onAttempt?.();
  };
  await page.route(BATCH, refuse);
  return {
    async reconnect() {
      // Right after a failed attempt the reader's next one of its own is at least a second
      // away, so "Retry now" is still there to be pressed, and it is the press that sends.
      await new Promise<void>((resolve) => (onAttempt = resolve));
      await page.unroute(BATCH, refuse);
      await page.getByRole("button", { name: "Retry now" }).click();
    },
  };
}

/** What the server holds for the signed-in reader, sorted by position in the text. */
export async function savedAnnotations(request: APIRequestContext, assignmentId: string): Promise<AnnotationDto[]> {
  const saved = AnnotationDto.array().parse(await expectStatus(await request.get(`/api/assignments/${assignmentId}/annotations`), 200));
  return saved.sort((a, b) => a.start - b.start);
}

/** The signed-in student's hand-in of the assignment, as the server has it. */
export async function savedSubmission(request: APIRequestContext, assignmentId: string): Promise<SubmissionDto> {
  return SubmissionDto.parse(await expectStatus(await request.get(`/api/assignments/${assignmentId}/submission`), 200));
}

/** The "N changes could not be saved" region under the reader. */
export const saveProblems = (page: Page) => page.getByRole("region", { name: /could not be saved$/ });
