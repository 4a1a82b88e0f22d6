import { z } from "zod";

const Uuid = z.uuid();

/** Ids in URLs are checked before they reach PostgreSQL, which would reject a malformed uuid with an error. */
export const isUuid = (value: string): boolean => Uuid.safeParse(value).success;
