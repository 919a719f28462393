import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

/** Every message the API sends during the browser tests lands here, one JSON file each. */
export const MAILBOX_DIR = join(tmpdir(), 'canopy-e2e-mailbox');

export interface CapturedMail {
  to: string[];
  raw: string;
}

/** An SMTP server on loopback that accepts everything and files it in MAILBOX_DIR. */
export async function startMailCatcher(): Promise<{ url: string; close: () => Promise<void> }> {
  rmSync(MAILBOX_DIR, { recursive: true, force: true });
  mkdirSync(MAILBOX_DIR, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    // Loopback only: no reverse DNS lookup of each client to wait for.
    disableReverseLookup: true,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const mail: CapturedMail = {
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
          raw: Buffer.concat(chunks).toString('utf8'),
        };
        writeFileSync(join(MAILBOX_DIR, `${Date.now()}-${++count}.json`), JSON.stringify(mail));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Waits for a message to `to` whose text matches `pattern` and returns the pattern's first group
 * (a token in a link, say). Quoted-printable soft line breaks are undone before matching.
 */
export async function waitForMail(to: string, pattern: RegExp, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const file of readdirSync(MAILBOX_DIR).sort().reverse()) {
      const mail = JSON.parse(readFileSync(join(MAILBOX_DIR, file), 'utf8')) as CapturedMail;
      if (!mail.to.includes(to.toLowerCase())) continue;
      const text = mail.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
      const match = pattern.exec(text);
      if (match) return match[1] ?? match[0];
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no mail to ${to} matching ${pattern} within ${timeoutMs} ms`);
}
