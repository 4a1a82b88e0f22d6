import { describe, expect, it } from "vitest";
import { WebAddress } from "./web-address";

describe("WebAddress", () => {
  it.each([
    ["https://news.test/ferry?ref=rss#top", "https://news.test/ferry?ref=rss#top"],
    ["  http://news.test/a  ", "http://news.test/a"],
    ["https://zeitung.test/fähre-🚢", "https://zeitung.test/fähre-🚢"],
  ])("keeps %j as %j", (value, kept) => expect(WebAddress.parse(value)).toBe(kept));

  it("reads an empty address, or null, as none", () => {
    expect(WebAddress.parse("")).toBeNull();
    expect(WebAddress.parse("   ")).toBeNull();
    expect(WebAddress.parse(null)).toBeNull();
  });

  it.each([
    ["https://news.test/a\u0000b", "must not contain control characters"],
    ["https://news.test/\u0085", "must not contain control characters"],
    ["https://news.test/\u007F", "must not contain control characters"],
    ["https://news.test/\uD83D", "must not contain broken characters (half of an emoji)"],
    ["https://news.test/\uDE00x", "must not contain broken characters (half of an emoji)"],
    ["https://news.test/\u202Efdp.exe", "must not contain invisible characters"],
    ["https://news.\u200Btest/", "must not contain invisible characters"],
    ["https://news.test/\u00ADa", "must not contain invisible characters"],
    ["javascript:alert(1)", "must be an http:// or https:// address"],
    ["https://news.test/a b", "must be an http:// or https:// address"],
    ["https://[::1", "must be an http:// or https:// address"],
    ["the Gazette website", "must be an http:// or https:// address"],
  ])("refuses %j: %s", (value, message) => {
    expect(WebAddress.safeParse(value).error?.issues[0]?.message).toBe(message);
  });
});
