import { newHighlight, type VirtualStudent } from "./workload";

/**
 * How long a reader's queue of `size` waiting changes takes to reach the server: one batch
 * request, as the reader sends it after being offline. The median of `rounds` students.
 */
export async function measureQueueDrain(baseUrl: string, students: VirtualStudent[], textLength: number, size = 50, rounds = 5): Promise<{ size: number; medianMs: number }> {
  const times: number[] = [];
  for (const student of students.slice(0, rounds)) {
    const operations = Array.from({ length: size }, (_, i) => ({ op: "create", ...newHighlight(textLength, i) }));
    const started = performance.now();
    const response = await fetch(`${baseUrl}/api/assignments/${student.assignmentId}/annotations/batch`, {
      method: "POST",
      headers: { cookie: student.cookie, "content-type": "application/json" },
      body: JSON.stringify({ operations }),
    });
    const reply = (await response.json()) as { results?: { status: number }[] };
    if (!response.ok || reply.results?.some((r) => r.status !== 201)) throw new Error(`The queue of ${size} did not drain: ${response.status}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { size, medianMs: Math.round(times[Math.floor(times.length / 2)]!) };
}
