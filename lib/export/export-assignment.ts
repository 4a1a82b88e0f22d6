import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { buildExportModel, type ExportClock, type ExportRequest } from "./build-export-model";
import type { ExportFile, ExportFormatDefinition, ExportWriterOptions } from "./export-file";
import { exportFileName } from "./export-file-name";
import { EXPORT_FORMAT_DEFINITIONS, type ExportFormat } from "./export-writers";

/** One assignment's export in one format: the model (with every permission check), then its writer. */
export async function exportAssignment(
  actor: Actor,
  assignmentId: string,
  format: ExportFormat,
  request: ExportRequest,
  clock: ExportClock,
  options: ExportWriterOptions = {},
): Promise<ExportFile> {
  const model = await buildExportModel(actor, assignmentId, request, clock);
  // Every writer takes the options; those without pages (CSV…) declare no second parameter.
  const definition: ExportFormatDefinition = EXPORT_FORMAT_DEFINITIONS[format];
  return {
    bytes: await definition.write(model, options),
    contentType: definition.contentType,
    fileName: exportFileName(model.assignment.title, [request.scope, definition.nameSuffix].filter(Boolean).join("-"), model.generatedAt, definition.extension),
  };
}
