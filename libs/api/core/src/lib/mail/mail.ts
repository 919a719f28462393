import { Global, Module, OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { CanopyConfig } from '../config/canopy-config';
import { rootLogger } from '../logging/logger';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Where Canopy's e-mail goes: SMTP when SMTP_URL is set, else the log (development, demos). */
export abstract class Mailer {
  abstract send(message: MailMessage): Promise<void>;
}

export class SmtpMailer extends Mailer implements OnApplicationShutdown {
  private readonly transport: Transporter;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    super();
    this.transport = nodemailer.createTransport(url);
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({ from: this.from, ...message });
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}

export class LogMailer extends Mailer {
  private readonly log = rootLogger.child({ module: 'mail' });

  async send(message: MailMessage): Promise<void> {
    // Warn: without SMTP_URL nobody receives it, and the links in it are needed (verification, reset).
    this.log.warn({ mail: message }, `mail not sent (no SMTP_URL), to ${message.to}: ${message.subject}`);
  }
}

@Global()
@Module({
  providers: [
    {
      provide: Mailer,
      inject: [CanopyConfig],
      useFactory: (config: CanopyConfig): Mailer =>
        config.SMTP_URL ? new SmtpMailer(config.SMTP_URL, config.MAIL_FROM) : new LogMailer(),
    },
  ],
  exports: [Mailer],
})
export class MailModule {}
