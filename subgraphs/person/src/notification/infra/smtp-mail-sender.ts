import nodemailer, { type Transporter } from 'nodemailer';
import type { MailMessage, MailSender } from '../application/mail-sender.js';

export const MAIL_FROM = 'Statsbidrag Stockholms stad <statsbidrag@stockholm.se>';

/** Sends e-mail through an SMTP server (`smtp://host:port`, as in SMTP_URL). */
export class SmtpMailSender implements MailSender {
  private transporter: Transporter | null = null;

  constructor(
    private readonly url: string,
    private readonly from = MAIL_FROM,
  ) {}

  async send(message: MailMessage): Promise<void> {
    this.transporter ??= nodemailer.createTransport({ url: this.url, connectionTimeout: 5000, greetingTimeout: 5000, socketTimeout: 10000 });
    await this.transporter.sendMail({ from: this.from, to: message.to, subject: message.subject, text: message.text });
  }

  close(): void {
    this.transporter?.close();
  }
}
