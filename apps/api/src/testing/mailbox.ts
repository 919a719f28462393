import { SMTPServer } from 'smtp-server';

export interface Mail {
  to: string[];
  text: string;
}

export interface Mailbox {
  url: string;
  messages: Mail[];
  /** The first group of `pattern` in the newest message to `to` that matches, waiting for it to arrive. */
  waitFor(to: string, pattern: RegExp, timeoutMs?: number): Promise<string>;
  close(): Promise<void>;
}

/** A real SMTP server on loopback that keeps every message the API sends. */
export async function startMailbox(): Promise<Mailbox> {
  const messages: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    // Loopback only: no reverse DNS lookup of each client to wait for.
    disableReverseLookup: true,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        messages.push({
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
          text: raw.replace(/=\r?\n/g, '').replace(/=3D/g, '='),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async waitFor(to, pattern, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        for (const message of [...messages].reverse()) {
          const match = message.to.includes(to.toLowerCase()) ? pattern.exec(message.text) : null;
          if (match) return match[1] ?? match[0];
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`no mail to ${to} matching ${pattern}`);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
