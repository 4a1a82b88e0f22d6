import type PDFDocument from "pdfkit";

/** A PDFKit document (the type of an instance; PDFKit's types name it only in their global namespace). */
export type PdfDocument = typeof PDFDocument;
