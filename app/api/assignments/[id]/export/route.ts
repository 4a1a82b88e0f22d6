import { exportAssignment } from "@/lib/export/export-assignment";
import { contentDisposition } from "@/lib/export/export-file-name";
import { ExportQuery } from "@/lib/export/export-query";
import { withActor } from "@/lib/http/api-handler";
import { readQuery } from "@/lib/http/read-query";
import { viewerClock } from "@/lib/http/viewer-clock";

export const GET = withActor<{ id: string }>(async ({ actor, params, request }) => {
  const { format, paper, ...scope } = readQuery(request, ExportQuery);
  const { timeZone } = await viewerClock();
  const file = await exportAssignment(actor, params.id, format, scope, { now: new Date(), timeZone }, { paper });
  return new Response(file.bytes, {
    headers: { "content-type": file.contentType, "content-disposition": contentDisposition(file.fileName), "x-content-type-options": "nosniff" },
  });
});
