import nodemailer from 'nodemailer';

export type OutgoingMail = { to: string; subject: string; text: string };

/** Sends one mail; resolves with the server's message id. The clock-free seam tests replace with a real SMTP peer. */
export type Mailer = { send(mail: OutgoingMail): Promise<string>; close(): void };

/** A nodemailer SMTP transport for `SMTP_URL` (smtp://user:pass@host:port or smtps://…). */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      const info = await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
      return info.messageId;
    },
    close: () => transport.close(),
  };
}
