import { exportQuery } from "./export-schemas";
import { EXPORT_FORMATS } from "./export-formats";

/** The export route's query, for the formats that have a writer. */
export const ExportQuery = exportQuery(EXPORT_FORMATS);
