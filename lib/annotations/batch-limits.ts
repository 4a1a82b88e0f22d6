/** Most changes one batch may carry; a client with more waiting sends them in several. (No zod here: the reader imports it.) */
export const BATCH_MAX_OPERATIONS = 100;
/** Room for the largest batch of notes at their longest, written out in JSON escapes. */
export const BATCH_BODY_LIMIT_BYTES = 1024 * 1024;
