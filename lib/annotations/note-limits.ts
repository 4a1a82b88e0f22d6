/** Longest note a student may write on a highlight; the API and the form agree on it. */
export const NOTE_MAX_LENGTH = 2000;
