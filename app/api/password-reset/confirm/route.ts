import { PasswordResetInput } from "@/lib/auth/account-schemas";
import { resetPasswordWithToken } from "@/lib/auth/reset-password-with-token";
import { publicRoute } from "@/lib/http/api-handler";
import { JSON_BODY_LIMIT_BYTES } from "@/lib/http/limits";
import { readJsonBody } from "@/lib/http/read-json-body";

export const POST = publicRoute(async ({ request }) => {
  await resetPasswordWithToken(await readJsonBody(request, PasswordResetInput, JSON_BODY_LIMIT_BYTES));
  return new Response(null, { status: 204 });
});
