import { ChangePasswordInput } from "@/lib/auth/account-schemas";
import { changePassword } from "@/lib/auth/change-password";
import { issueSessionCookie } from "@/lib/auth/session-cookie";
import { withActor } from "@/lib/http/api-handler";
import { JSON_BODY_LIMIT_BYTES } from "@/lib/http/limits";
import { readJsonBody } from "@/lib/http/read-json-body";

export const POST = withActor(
  async ({ actor, request }) => {
    const { sessionId } = await changePassword(actor, await readJsonBody(request, ChangePasswordInput, JSON_BODY_LIMIT_BYTES));
    await issueSessionCookie(actor, sessionId);
    return new Response(null, { status: 204 });
  },
  { allowPendingPasswordChange: true },
);
