/**
 * Where Canopy keeps files people upload (evidence of progress reports): a port, so the same code runs
 * on a local folder, in memory for tests, or on any S3-compatible object store.
 */
export abstract class FileStorage {
  /** Stores the bytes under the key, replacing nothing: keys are fresh ids. */
  abstract put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The bytes stored under the key, or null when there are none. */
  abstract get(key: string): Promise<Buffer | null>;
}

const KEY = /^[a-z0-9][a-z0-9/-]{0,199}$/;

/** Keys are Canopy's own (`evidence/<uuid>`): never a path a client could steer out of the store. */
export function assertStorageKey(key: string): void {
  if (!KEY.test(key) || key.includes('..') || key.includes('//')) {
    throw new Error(`Not a storage key: ${JSON.stringify(key)}`);
  }
}

/** Keeps files in this process only: for tests and `CANOPY_DATA_DIR=memory://`. */
export class MemoryFileStorage extends FileStorage {
  private readonly files = new Map<string, Buffer>();

  async put(key: string, body: Buffer): Promise<void> {
    assertStorageKey(key);
    this.files.set(key, Buffer.from(body));
  }

  async get(key: string): Promise<Buffer | null> {
    assertStorageKey(key);
    return this.files.get(key) ?? null;
  }
}
