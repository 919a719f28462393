import { join } from 'node:path';
import { Global, Module } from '@nestjs/common';
import { CanopyConfig } from '../config/canopy-config';
import { FileStorage, MemoryFileStorage } from './file-storage';
import { LocalFileStorage } from './local-file-storage';
import { S3FileStorage } from './s3-file-storage';

/** The file store the configuration names: S3 when S3_BUCKET is set, else a local folder (memory for memory://). */
export function fileStorageFor(config: CanopyConfig): FileStorage {
  if (config.S3_BUCKET) {
    return new S3FileStorage({
      bucket: config.S3_BUCKET,
      region: config.S3_REGION,
      endpoint: config.S3_ENDPOINT,
      accessKeyId: config.S3_ACCESS_KEY_ID,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
      prefix: config.S3_KEY_PREFIX,
    });
  }
  if (config.CANOPY_FILES_DIR) return new LocalFileStorage(config.CANOPY_FILES_DIR);
  if (config.CANOPY_DATA_DIR.startsWith('memory://')) return new MemoryFileStorage();
  return new LocalFileStorage(join(config.CANOPY_DATA_DIR, 'files'));
}

@Global()
@Module({
  providers: [{ provide: FileStorage, inject: [CanopyConfig], useFactory: fileStorageFor }],
  exports: [FileStorage],
})
export class StorageModule {}
