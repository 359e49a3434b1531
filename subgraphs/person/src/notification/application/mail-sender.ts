/** One outgoing e-mail. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail. Behind an interface so that tests and environments choose the transport. */
export interface MailSender {
  send(message: MailMessage): Promise<void>;
}

/** Used when SMTP_URL is not set: sends nothing, and says so once. */
export class SkippingMailSender implements MailSender {
  private logged = false;
  async send(message: MailMessage): Promise<void> {
    if (!this.logged) {
      this.logged = true;
      console.warn(`[person] SMTP_URL saknas: e-post skickas inte (t.ex. "${message.subject}").`);
    }
  }
}
