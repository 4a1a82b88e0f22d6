import net from "node:net";
import { describe, expect, it } from "vitest";
import { testEnv } from "./support/test-env";

interface Exchange {
  /** What the server sent, as text. */
  received: string;
  /** A socket error the client saw while still sending (EPIPE, ECONNRESET), if any. */
  sendError: string | null;
  /** How many of the body's remaining chunks went out before the server closed the connection. */
  chunksSent: number;
}

/**
 * Posts a chunked body to the save route on a raw socket, and keeps sending it after the
 * answer has come, as a browser's upload still in flight does, then ends it.
 */
function postChunkedAfterTheAnswer(path: string, chunks: number, pauseMs = 5): Promise<Exchange> {
  const { hostname, port } = new URL(testEnv("SLANT_BASE_URL"));
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname);
    let received = "";
    let sendError: string | null = null;
    let chunksSent = 0;
    socket.on("error", (error: NodeJS.ErrnoException) => (sendError = error.code ?? error.message));
    socket.on("close", () => resolve({ received, sendError, chunksSent }));
    socket.on("data", async (data) => {
      const first = received === "";
      received += data.toString("latin1");
      if (!first) return;
      // The answer is here; the rest of the body follows, a chunk at a time, as an upload would.
      const chunk = "x".repeat(1024);
      for (; chunksSent < chunks && socket.writable; chunksSent++) {
        socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
        await new Promise((wait) => setTimeout(wait, pauseMs));
      }
      if (socket.writable) socket.end("0\r\n\r\n");
    });
    socket.write(`POST ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`);
    const start = '{"start":1,"end":5,"tag":"quote","note":"';
    socket.write(`${start.length.toString(16)}\r\n${start}\r\n`);
  });
}

const SAVE_ROUTE = "/api/assignments/00000000-0000-4000-8000-000000000000/annotations";

describe("a save refused before its body is read", () => {
  it("is answered with its error and the rest of the upload is read, not cut off (the client would see EPIPE instead of the answer)", async () => {
    const { received, sendError, chunksSent } = await postChunkedAfterTheAnswer(SAVE_ROUTE, 40);
    expect(received).toMatch(/^HTTP\/1\.1 40[13] /);
    expect(received).toContain('"error"');
    expect({ sendError, chunksSent }).toEqual({ sendError: null, chunksSent: 40 });
  });

  it("but not without end: after about 1 MiB the server stops reading and closes the connection", async () => {
    const { received, chunksSent } = await postChunkedAfterTheAnswer(SAVE_ROUTE, 4096, 0);
    expect(received).toMatch(/^HTTP\/1\.1 401 /);
    // About 1 MiB went through (the kernel's buffers make the cut land a little either side), never the 4 MiB sent.
    expect(chunksSent).toBeGreaterThan(512);
    expect(chunksSent).toBeLessThan(4096);
  });
});
