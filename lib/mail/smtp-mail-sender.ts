import "server-only";
import type { Transporter } from "nodemailer";
import type { MailMessage, MailSender } from "./mail-sender";

/** Sends through an SMTP server (SMTP_URL) with nodemailer, from SLANT_MAIL_FROM. */
export class SmtpMailSender implements MailSender {
  private transporter: Promise<Transporter> | undefined;

  constructor(
    private readonly smtpUrl: string,
    private readonly from: string,
  ) {}

  async send(message: MailMessage): Promise<void> {
    // Loaded on the first email, so instances that never send one never load nodemailer.
    this.transporter ??= import("nodemailer").then(({ createTransport }) => createTransport(this.smtpUrl));
    await (await this.transporter).sendMail({ from: this.from, to: message.to, subject: message.subject, text: message.text });
  }
}
