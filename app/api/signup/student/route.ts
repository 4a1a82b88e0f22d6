import { StudentSignUpInput } from "@/lib/auth/account-schemas";
import { signUpStudent } from "@/lib/auth/sign-up-student";
import { publicRoute } from "@/lib/http/api-handler";
import { clientAddress } from "@/lib/http/client-address";
import { JSON_BODY_LIMIT_BYTES } from "@/lib/http/limits";
import { readJsonBody } from "@/lib/http/read-json-body";

export const POST = publicRoute(async ({ request }) => {
  const input = await readJsonBody(request, StudentSignUpInput, JSON_BODY_LIMIT_BYTES);
  return Response.json(await signUpStudent(input, clientAddress(request.headers)), { status: 201 });
});
