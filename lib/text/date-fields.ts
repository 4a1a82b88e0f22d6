import { z } from "zod";

/**
 * Years a date may fall in. PostgreSQL has no year 0, and a year past 9999 (which an
 * offset can push 9999-12-31 into) is sent as "+010000-…", which it misreads; nothing
 * in a classroom needs either. Publication dates go back further than due dates, for
 * old newspapers (the 1898 "Remember the Maine" front pages are a media-literacy classic).
 */
export const DUE_DATE_YEARS = { first: 1900, last: 2200 } as const;
export const PUBLICATION_YEARS = { first: 1000, last: 2200 } as const;

type Years = { first: number; last: number };
const inYears = (year: number, { first, last }: Years) => year >= first && year <= last;
const outsideMessage = ({ first, last }: Years) => `must be between the years ${first} and ${last}`;

/** A due date and time with its offset ("2026-12-01T17:00:00Z"), as a Date, within DUE_DATE_YEARS (in UTC). */
export const DueDateTime = z.iso
  .datetime({ offset: true, message: "must be a date and time like 2026-12-01T17:00:00Z" })
  .transform((value) => new Date(value))
  // An invalid Date's year is NaN, which no range holds.
  .refine((date) => inYears(date.getUTCFullYear(), DUE_DATE_YEARS), outsideMessage(DUE_DATE_YEARS));

/** A calendar day ("2026-11-25") within PUBLICATION_YEARS, kept as the string. */
export const PublicationDay = z.iso
  .date("must be a date like 2026-11-25")
  .refine((value) => inYears(Number(value.slice(0, 4)), PUBLICATION_YEARS), outsideMessage(PUBLICATION_YEARS));
