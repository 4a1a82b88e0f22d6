import "server-only";
import { after } from "next/server";
import { getDb } from "@/lib/db/client";
import { publicOrigin } from "@/lib/env";
import { getMailSender } from "@/lib/mail/get-mail-sender";
import type { PasswordResetRequestInput } from "./account-schemas";
import { generateResetToken, RESET_LINK_MINUTES } from "./reset-token";

/** What everyone who asks is told, whether or not an account has the address. */
export const RESET_REQUESTED =
  "If an account has this email address, we have sent it a link to choose a new password. The link works for 1 hour.";

// One email a minute per account at most, so a stranger cannot flood someone's inbox.
const RESEND_AFTER_MS = 60_000;

/**
 * "Forgot your password?": emails the account with this address a one-time link. Says
 * nothing about whether there is such an account (the caller answers RESET_REQUESTED
 * either way, before this runs, so the time taken says nothing either).
 */
export async function requestPasswordReset(input: PasswordResetRequestInput): Promise<void> {
  const db = getDb();
  const user = await db.user.findUnique({ where: { email: input.email }, select: { id: true, name: true, email: true } });
  if (!user?.email) return;
  const recent = await db.passwordResetToken.count({
    where: { userId: user.id, usedAt: null, createdAt: { gt: new Date(Date.now() - RESEND_AFTER_MS) } },
  });
  if (recent > 0) return;
  const { token, tokenHash } = generateResetToken();
  await db.$transaction([
    // Links that ran out a day ago are of no use to anyone (the day keeps them for questions).
    db.passwordResetToken.deleteMany({ where: { userId: user.id, expiresAt: { lt: new Date(Date.now() - 24 * 3_600_000) } } }),
    db.passwordResetToken.create({ data: { userId: user.id, tokenHash, expiresAt: new Date(Date.now() + RESET_LINK_MINUTES * 60_000) } }),
  ]);
  const link = `${publicOrigin()}/signin/reset?token=${token}`;
  await getMailSender().send({
    to: user.email,
    subject: "Choose a new Slant password",
    text: [
      `Hello ${user.name},`,
      "",
      "Someone (we hope you) asked to reset the password of your Slant account. To choose a new one, open this link within 1 hour:",
      "",
      link,
      "",
      "The link works once. If you did not ask, ignore this email: your password stays as it is.",
    ].join("\n"),
  });
}

/**
 * For a route or server action: the email goes out after the answer, so an address with an
 * account and one without are answered alike and as fast. A failure is only logged.
 */
export function schedulePasswordReset(input: PasswordResetRequestInput): string {
  after(() =>
    requestPasswordReset(input).catch((error: unknown) => {
      console.error("[password reset] could not send the reset email", error);
    }),
  );
  return RESET_REQUESTED;
}
