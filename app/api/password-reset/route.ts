import { PasswordResetRequestInput } from "@/lib/auth/account-schemas";
import { schedulePasswordReset } from "@/lib/auth/request-password-reset";
import { publicRoute } from "@/lib/http/api-handler";
import { JSON_BODY_LIMIT_BYTES } from "@/lib/http/limits";
import { readJsonBody } from "@/lib/http/read-json-body";

export const POST = publicRoute(async ({ request }) => {
  const input = await readJsonBody(request, PasswordResetRequestInput, JSON_BODY_LIMIT_BYTES);
  return Response.json({ message: schedulePasswordReset(input) }, { status: 202 });
});
