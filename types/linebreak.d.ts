// linebreak (UAX #14, the line breaker PDFKit itself uses) ships no types; this is the part we call.
declare module "linebreak" {
  export interface Break {
    /** The UTF-16 offset a new line may begin at. */
    position: number;
    /** A mandatory break (after a line feed and its kin). */
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
