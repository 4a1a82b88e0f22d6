import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { buildExportModel, type ExportRequest } from "./build-export-model";
import type { ExportFile, ExportWriter, ExportWriterOptions } from "./export-file";
import { exportFileName } from "./export-file-name";
import { EXPORT_FORMAT_DEFINITIONS, type ExportFormat } from "./export-writers";

/** One assignment's export in one format: the model (with every permission check), then its writer. */
export async function exportAssignment(
  actor: Actor,
  assignmentId: string,
  format: ExportFormat,
  request: ExportRequest,
  now = new Date(),
  options: ExportWriterOptions = {},
): Promise<ExportFile> {
  const model = await buildExportModel(actor, assignmentId, request, now);
  const definition = EXPORT_FORMAT_DEFINITIONS[format];
  // Every writer takes the options; those without pages (CSV…) declare no second parameter.
  const write: ExportWriter = definition.write;
  return {
    bytes: await write(model, options),
    contentType: definition.contentType,
    fileName: exportFileName(model.assignment.title, request.scope, model.generatedAt, definition.extension),
  };
}
