/** The largest JSON body most routes accept; article text has its own, larger limit. */
export const JSON_BODY_LIMIT_BYTES = 16 * 1024;
