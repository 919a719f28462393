import 'reflect-metadata';
import { ConfigurationError, loadConfig, rootLogger } from '@canopy/api/core';
import { createApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  if (process.argv[2] === 'migrate') {
    // One-shot (docker-compose's `migrate`): start as the API does, which applies pending migrations
    // and loads the demo when asked, then stop without serving; the replicas never migrate themselves.
    const app = await createApp(Object.assign(config, { CANOPY_MIGRATE: true }));
    await app.close();
    rootLogger.info('Canopy database migrated');
    return;
  }
  const app = await createApp(config);
  await app.listen(config.PORT, '0.0.0.0');
  rootLogger.info({ url: `http://localhost:${config.PORT}/graphql` }, 'Canopy API listening');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    rootLogger.fatal({ err: error }, 'Canopy API failed to start');
  }
  process.exit(1);
});
