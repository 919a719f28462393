import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { MAILBOX_DIR } from './mailbox';
import { SERVER_FILE } from './server';

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { canopyServer?: ChildProcess }).canopyServer;
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (server.exitCode === null) server.kill('SIGKILL');
  }
  await (globalThis as { canopyMail?: { close: () => Promise<void> } }).canopyMail?.close();
  rmSync(SERVER_FILE, { force: true });
  rmSync(MAILBOX_DIR, { recursive: true, force: true });
}
