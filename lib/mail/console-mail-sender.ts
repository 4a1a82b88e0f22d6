import type { MailMessage, MailSender } from "./mail-sender";

/**
 * For development and tests: prints each email, links included, to the server log, between
 * a "[mail] to <address>: <subject>" line and "[mail] end". Never for real users: anyone
 * who reads the log can follow the links.
 */
export class ConsoleMailSender implements MailSender {
  constructor(private readonly write: (text: string) => void = (text) => console.log(text)) {}

  async send(message: MailMessage): Promise<void> {
    this.write(`[mail] to ${message.to}: ${message.subject}\n${message.text}\n[mail] end`);
  }
}
