import { importAnnotations } from "@/lib/export/import-annotations";
import { IMPORT_BODY_LIMIT_BYTES, ImportQuery } from "@/lib/export/import-schemas";
import { W3cImportDocument } from "@/lib/export/w3c-import-document";
import { withActor } from "@/lib/http/api-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { readQuery } from "@/lib/http/read-query";

export const POST = withActor<{ id: string }>(async ({ actor, params, request }) => {
  const { as } = readQuery(request, ImportQuery);
  const document = await readJsonBody(request, W3cImportDocument, IMPORT_BODY_LIMIT_BYTES);
  return Response.json(await importAnnotations(actor, params.id, as, document), { status: 201 });
});
