import { describe, expect, it } from "vitest";
import { titleWithoutSiteName } from "./title-without-site-name";

const site = (siteName: string) => ({ siteName, cleaner: [] });

describe("titleWithoutSiteName", () => {
  it("cuts the site's name after the first separator where the rest is that name", () => {
    expect(titleWithoutSiteName("Port expansion approved | The Harbor Gazette", site("The Harbor Gazette"))).toBe("Port expansion approved");
    expect(titleWithoutSiteName("A - B – Harbor News", site("Harbor News"))).toBe("A - B");
  });

  it("cuts a site's name put first", () => {
    expect(titleWithoutSiteName("Harbor News :: Vote passes", site("harbor news"))).toBe("Vote passes");
  });

  it("cuts what the title adds to a cleaner title, apostrophes and case aside", () => {
    expect(titleWithoutSiteName("Rosa’s café saved · Local · Gazette", { siteName: null, cleaner: ["Rosa's Café saved"] })).toBe("Rosa’s café saved");
  });

  it("keeps a title without separators, or whose parts are neither the site nor a cleaner title", () => {
    expect(titleWithoutSiteName("Port-expansion approved|Gazette", site("Gazette"))).toBe("Port-expansion approved|Gazette");
    expect(titleWithoutSiteName("Budget - what it means", { siteName: "Harbor News", cleaner: ["Budget explained"] })).toBe("Budget - what it means");
  });
});
