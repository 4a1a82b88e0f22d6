import { CompareQuery } from "@/lib/classes/comparison-schemas";
import { getAssignmentComparison } from "@/lib/classes/get-assignment-comparison";
import { withActor } from "@/lib/http/api-handler";
import { readQuery } from "@/lib/http/read-query";

export const GET = withActor<{ id: string }>(async ({ actor, params, request }) =>
  Response.json(await getAssignmentComparison(actor, params.id, readQuery(request, CompareQuery))),
);
