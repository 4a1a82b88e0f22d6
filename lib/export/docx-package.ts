import JSZip from "jszip";

const CORE_DATES = /(<dcterms:(created|modified) xsi:type="dcterms:W3CDTF">)[^<]*(<\/dcterms:\2>)/g;
/** docx numbers its own relationships rId1, rId2…; a hyperlink's gets a random id (nanoid). */
const RELATIONSHIP_ID = /\bId="([^"]+)"/g;
const NUMBERED_ID = /^rId\d+$/;

/**
 * The docx package made byte-for-byte repeatable. docx stamps every zip entry and the core
 * properties' created and modified dates with the clock, and names a hyperlink's relationship
 * at random (it has no option for any of these), so the package is zipped again in the same
 * order with every entry dated `at`, both dates set to `at`, and random relationship ids
 * renamed rIdLink1, rIdLink2… in order. JSZip writes zip dates from the UTC fields, so the
 * server's time zone cannot change a byte either.
 */
export async function pinDocxPackage(bytes: ArrayBuffer, at: string): Promise<Uint8Array<ArrayBuffer>> {
  const date = new Date(at);
  const source = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Uint8Array | string>();
  for (const entry of Object.values(source.files)) {
    if (!entry.dir) parts.set(entry.name, entry.name.endsWith(".xml") || entry.name.endsWith(".rels") ? await entry.async("string") : await entry.async("uint8array"));
  }
  const core = parts.get("docProps/core.xml");
  if (typeof core !== "string") throw new Error("The package has no docProps/core.xml");
  parts.set("docProps/core.xml", pinCoreDates(core, date.toISOString()));
  pinRelationshipIds(parts);

  const pinned = new JSZip();
  for (const [name, content] of parts) pinned.file(name, content, { date, createFolders: false });
  return new Uint8Array(await pinned.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 }, platform: "DOS" }));
}

function pinCoreDates(xml: string, iso: string): string {
  let found = 0;
  const pinnedXml = xml.replace(CORE_DATES, (_match, open: string, _name: string, close: string) => {
    found += 1;
    return `${open}${iso}${close}`;
  });
  // A docx release that wrote these differently must fail the tests, not ship the clock.
  if (found !== 2) throw new Error(`docProps/core.xml has ${found} of its 2 dates where pinDocxPackage looks for them`);
  return pinnedXml;
}

/** In each part's relationships (dir/_rels/name.rels) and in the part itself, random ids become rIdLink1, rIdLink2… */
function pinRelationshipIds(parts: Map<string, Uint8Array | string>): void {
  for (const [relsPath, rels] of parts) {
    const owner = relsPath.match(/^(.*?)_rels\/(.+)\.rels$/);
    if (!owner || typeof rels !== "string") continue;
    const random = [...rels.matchAll(RELATIONSHIP_ID)].map((m) => m[1]!).filter((id) => !NUMBERED_ID.test(id));
    if (random.length === 0) continue;
    const ownerPath = `${owner[1]}${owner[2]}`;
    let ownerXml = parts.get(ownerPath);
    if (typeof ownerXml !== "string") throw new Error(`${relsPath} belongs to no part`);
    let pinnedRels = rels;
    random.forEach((id, index) => {
      const quoted = new RegExp(`"${id.replace(/[^\w]/g, "\\$&")}"`, "g");
      pinnedRels = pinnedRels.replace(quoted, `"rIdLink${index + 1}"`);
      ownerXml = (ownerXml as string).replace(quoted, `"rIdLink${index + 1}"`);
    });
    parts.set(relsPath, pinnedRels);
    parts.set(ownerPath, ownerXml);
  }
}
