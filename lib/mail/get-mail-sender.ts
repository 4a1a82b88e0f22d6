import "server-only";
import { mailSettings } from "@/lib/env";
import { ConsoleMailSender } from "./console-mail-sender";
import type { MailSender } from "./mail-sender";
import { SmtpMailSender } from "./smtp-mail-sender";

let sender: MailSender | undefined;

/** The sender the environment asks for, made once per process. */
export function getMailSender(): MailSender {
  if (sender) return sender;
  const settings = mailSettings();
  sender = settings.transport === "smtp" ? new SmtpMailSender(settings.smtpUrl, settings.from) : new ConsoleMailSender();
  return sender;
}
