import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/ChangePasswordForm";
import { CHANGE_PASSWORD_PATH, requireActor } from "@/lib/auth/require-actor";

export const metadata: Metadata = { title: "Change password" };

export default async function ChangePasswordPage() {
  const actor = await requireActor(CHANGE_PASSWORD_PATH);
  return (
    <div className="narrow-page">
      <h1>Change your password</h1>
      {actor.mustChangePassword && (
        <p className="notice" role="status">
          Your teacher reset your password. Enter the temporary password they gave you, then choose your own.
        </p>
      )}
      <ChangePasswordForm required={actor.mustChangePassword} />
    </div>
  );
}
