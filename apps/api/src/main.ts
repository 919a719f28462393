import 'reflect-metadata';
import { ConfigurationError, loadConfig, rootLogger } from '@canopy/api/core';
import { createApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
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
