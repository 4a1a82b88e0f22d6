/** One plain-text email. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Where emails go: the server log (console) or an SMTP server, chosen by SLANT_MAIL_TRANSPORT. */
export interface MailSender {
  send(message: MailMessage): Promise<void>;
}
