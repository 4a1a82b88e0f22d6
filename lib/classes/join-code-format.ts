/** No 0/O, 1/I/L: a code read aloud or copied off a board survives. */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;

/** What a code looks like, for a student who typed a wrong one: said where the code is typed and when it is refused. */
export const JOIN_CODE_SHAPE = `A class code is ${JOIN_CODE_LENGTH} letters and digits, like K7MQ3P.`;
