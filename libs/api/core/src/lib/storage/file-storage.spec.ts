import { createServer, IncomingMessage, Server } from 'node:http';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileStorage, MemoryFileStorage } from './file-storage';
import { LocalFileStorage } from './local-file-storage';
import { S3FileStorage } from './s3-file-storage';

/**
 * The smallest S3 the adapter needs, in process: PutObject and GetObject on path-style URLs, NoSuchKey
 * as S3 words it. It checks that requests are signed (SigV4), not the signature itself.
 */
async function fakeS3(): Promise<{
  url: string;
  objects: Map<string, { body: Buffer; type: string }>;
  server: Server;
}> {
  const objects = new Map<string, { body: Buffer; type: string }>();
  const read = async (req: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://s3').pathname);
    if (!String(req.headers['authorization'] ?? '').startsWith('AWS4-HMAC-SHA256')) {
      res
        .writeHead(403, { 'content-type': 'application/xml' })
        .end('<Error><Code>AccessDenied</Code></Error>');
      return;
    }
    if (req.method === 'PUT') {
      objects.set(path, { body: await read(req), type: String(req.headers['content-type']) });
      res.writeHead(200, { etag: '"fake"' }).end();
    } else if (req.method === 'GET' && objects.has(path)) {
      const object = objects.get(path)!;
      res
        .writeHead(200, { 'content-type': object.type, 'content-length': object.body.length })
        .end(object.body);
    } else {
      res
        .writeHead(404, { 'content-type': 'application/xml' })
        .end(
          '<?xml version="1.0"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>',
        );
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return { url: `http://127.0.0.1:${address.port}`, objects, server };
}

const behavesAsStorage = (make: () => Promise<FileStorage>) => {
  it('gives back exactly the bytes stored, and null for an unknown key', async () => {
    const storage = await make();
    const bytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0x0a]);
    await storage.put('evidence/3f0c6b1e-2c9b-4a8e-9d7a-1b2c3d4e5f60', bytes, 'application/pdf');
    expect(await storage.get('evidence/3f0c6b1e-2c9b-4a8e-9d7a-1b2c3d4e5f60')).toEqual(bytes);
    expect(await storage.get('evidence/00000000-0000-0000-0000-000000000000')).toBeNull();
  });

  it('refuses keys that could leave the store', async () => {
    const storage = await make();
    await expect(storage.put('../etc/passwd', Buffer.from('x'), 'text/plain')).rejects.toThrow(
      'Not a storage key',
    );
    await expect(storage.get('evidence/../../secret')).rejects.toThrow('Not a storage key');
  });
};

describe('file storage in memory', () => {
  behavesAsStorage(async () => new MemoryFileStorage());
});

describe('file storage in a local folder', () => {
  let folder: string;
  beforeAll(async () => (folder = await mkdtemp(join(tmpdir(), 'canopy-files-'))));
  afterAll(() => rm(folder, { recursive: true, force: true }));
  behavesAsStorage(async () => new LocalFileStorage(folder));

  it('leaves no partial file behind', async () => {
    expect((await readdir(join(folder, 'evidence'))).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });
});

describe('file storage on S3 (an in-process fake speaking the S3 protocol)', () => {
  let s3: Awaited<ReturnType<typeof fakeS3>>;
  const storages: S3FileStorage[] = [];
  beforeAll(async () => (s3 = await fakeS3()));
  afterAll(async () => {
    storages.forEach((storage) => storage.destroy());
    await new Promise((resolve) => s3.server.close(resolve));
  });
  const make = async () => {
    const storage = new S3FileStorage({
      bucket: 'canopy-evidence',
      region: 'eu-west-1',
      endpoint: s3.url,
      accessKeyId: 'test',
      secretAccessKey: 'test-secret',
      forcePathStyle: true,
      prefix: 'tests/',
    });
    storages.push(storage);
    return storage;
  };
  behavesAsStorage(make);

  it('writes objects under the bucket and prefix with their type', async () => {
    await (
      await make()
    ).put('evidence/11111111-2222-4333-8444-555555555555', Buffer.from('hello'), 'text/plain');
    expect(s3.objects.get('/canopy-evidence/tests/evidence/11111111-2222-4333-8444-555555555555')).toEqual({
      body: Buffer.from('hello'),
      type: 'text/plain',
    });
  });
});
