import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import {
  bodyErrors,
  CanopyConfig,
  MAX_BODY,
  PinoNestLogger,
  refuseBatches,
  rootLogger,
} from '@canopy/api/core';
import { AppModule } from './app.module';
import { DemoDataLoader } from './demo/demo-data.loader';

/** Builds the API exactly as it runs in production; main.ts and the integration tests both start here. */
export async function createApp(config: CanopyConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: new PinoNestLogger(),
    bodyParser: false,
  });
  app.use(
    helmet({
      // The web app is served from this origin: its own scripts, styles (Material sets inline styles), images.
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
        },
      },
    }),
  );
  // The web app's bundles and large answers travel compressed, as behind the nginx of docker-compose.
  // Downloads (open data files, evidence) keep their declared length, so a browser shows true progress.
  app.use(
    compression({
      filter: (req, res) =>
        !String(res.getHeader('content-disposition') ?? '').startsWith('attachment') &&
        compression.filter(req, res),
    }),
  );
  // Rate limits key on the client's address, which a proxy in front passes in X-Forwarded-For.
  app.set('trust proxy', config.CANOPY_TRUST_PROXY);
  app.use(cookieParser());
  app.use(pinoHttp({ logger: rootLogger, autoLogging: { ignore: (req) => req.url === '/health' } }));
  if (config.corsOrigins.length) {
    // Browsers on these origins may call the API with the person's cookie (the refresh token).
    app.enableCors({
      origin: config.corsOrigins,
      credentials: true,
      methods: ['GET', 'POST'],
      allowedHeaders: [
        'authorization',
        'content-type',
        'apollo-require-preflight',
        'x-apollo-operation-name',
      ],
      maxAge: 600,
    });
  }
  app.useBodyParser('json', { limit: MAX_BODY });
  app.use('/graphql', bodyErrors);
  app.use('/graphql', refuseBatches);
  app.enableShutdownHooks();
  await app.init();
  if (config.CANOPY_DEMO) await app.get(DemoDataLoader).loadIfEmpty();
  return app;
}
