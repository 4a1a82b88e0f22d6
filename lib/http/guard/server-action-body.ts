import { mediaType } from "./api-content-type";

const isJson = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/**
 * Whether a server action call's body is one React's reply decoder can read: JSON as
 * text/plain, or multipart whose part "0" is JSON. Next.js answers anything else with a
 * 500 and a stack in the log; checking a copy here turns it into a plain 400.
 */
export async function isReadableServerActionBody(request: Request): Promise<boolean> {
  const type = mediaType(request.headers.get("content-type"));
  try {
    if (type === "text/plain") return isJson(await request.clone().text());
    if (type === "multipart/form-data") {
      const root = (await request.clone().formData()).get("0");
      return typeof root === "string" && isJson(root);
    }
  } catch {
    return false;
  }
  return false;
}
