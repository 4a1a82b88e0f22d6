import { describe, expect, it } from "vitest";
import { resolveClientAddress } from "./client-address";

describe("resolveClientAddress", () => {
  it("with no proxy in front, the socket is the client, whatever X-Forwarded-For claims", () => {
    expect(resolveClientAddress("203.0.113.9", { "x-forwarded-for": "10.9.9.9" }, 0)).toBe("203.0.113.9");
  });

  it("behind one load balancer, the last X-Forwarded-For entry (the one it appended) is the client", () => {
    expect(resolveClientAddress("10.0.0.2", { "x-forwarded-for": "1.2.3.4, 198.51.100.7" }, 1)).toBe("198.51.100.7");
  });

  it("behind two, the second entry from the right; entries the client forged further left are ignored", () => {
    expect(resolveClientAddress("10.0.0.2", { "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.1" }, 2)).toBe("198.51.100.7");
  });

  it("falls back to the socket when the proxy sent no X-Forwarded-For", () => {
    expect(resolveClientAddress("10.0.0.2", {}, 1)).toBe("10.0.0.2");
  });
});
