import { describe, expect, it } from "vitest";
import { isAcceptedApiContentType } from "./api-content-type";

const headers = (init: Record<string, string>) => new Headers(init);
const withBody = (type?: string) => headers({ "content-length": "12", ...(type && { "content-type": type }) });

describe("isAcceptedApiContentType", () => {
  it.each(["application/json", "application/json; charset=utf-8", "Application/JSON"])("accepts a JSON body (%s)", (type) => {
    expect(isAcceptedApiContentType("POST", "/api/classes", withBody(type))).toBe(true);
    expect(isAcceptedApiContentType("PATCH", "/api/classes/1", withBody(type))).toBe(true);
  });

  it.each(["text/plain", "text/plain;charset=UTF-8", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", undefined])(
    "refuses a POST body sent as %s, which a cross-site form or no-cors fetch can send",
    (type) => {
      expect(isAcceptedApiContentType("POST", "/api/classes/join", withBody(type))).toBe(false);
    },
  );

  it("refuses an empty POST without a JSON type (an empty simple request needs no preflight)", () => {
    expect(isAcceptedApiContentType("POST", "/api/assignments/1/submit", headers({}))).toBe(false);
    expect(isAcceptedApiContentType("POST", "/api/assignments/1/submit", headers({ "content-type": "application/json" }))).toBe(true);
  });

  it("accepts multipart only on the article upload route", () => {
    expect(isAcceptedApiContentType("POST", "/api/articles", withBody("multipart/form-data; boundary=x"))).toBe(true);
    expect(isAcceptedApiContentType("PATCH", "/api/articles/1", withBody("multipart/form-data; boundary=x"))).toBe(false);
  });

  it("accepts JSON-LD (a W3C Web Annotation file as exported) only on the import route", () => {
    expect(isAcceptedApiContentType("POST", "/api/assignments/1/import", withBody('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"'))).toBe(true);
    expect(isAcceptedApiContentType("POST", "/api/assignments/1/annotations", withBody("application/ld+json"))).toBe(false);
    expect(isAcceptedApiContentType("POST", "/api/assignments/1/import/x", withBody("application/ld+json"))).toBe(false);
    expect(isAcceptedApiContentType("POST", "/api/assignments/1/import", withBody("text/plain"))).toBe(false);
  });

  it("lets a body-less DELETE through (browsers preflight DELETE), but not a DELETE with a text body", () => {
    expect(isAcceptedApiContentType("DELETE", "/api/annotations/1", headers({}))).toBe(true);
    expect(isAcceptedApiContentType("DELETE", "/api/annotations/1", withBody("text/plain"))).toBe(false);
    expect(isAcceptedApiContentType("PUT", "/api/annotations/1/feedback", headers({ "transfer-encoding": "chunked", "content-type": "text/plain" }))).toBe(false);
  });
});
