import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * PostgreSQL in WebAssembly, served over the wire protocol on a loopback port so that the API talks to
 * it with the same driver and the same SQL as to a real server. PGlite is a single backend: the client
 * pool in front of it must hold one connection.
 */
export class EmbeddedPostgres {
  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    readonly url: string,
  ) {}

  /** `dataDir` of `memory://` keeps nothing on disk (tests); any other path survives restarts. */
  static async start(dataDir: string): Promise<EmbeddedPostgres> {
    const location = dataDir === 'memory://' ? dataDir : resolve(dataDir);
    if (location !== 'memory://') mkdirSync(location, { recursive: true });
    const db = await PGlite.create(location === 'memory://' ? undefined : location);
    const port = await freeLoopbackPort();
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port });
    await server.start();
    return new EmbeddedPostgres(db, server, `postgres://postgres@127.0.0.1:${port}/postgres`);
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await this.db.close();
  }
}

function freeLoopbackPort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject()));
    });
  });
}
