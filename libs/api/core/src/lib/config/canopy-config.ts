import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  validateSync,
} from 'class-validator';

/**
 * Everything the API reads from its environment, validated once at start-up so a wrong value stops the
 * process with one line naming the variable instead of failing later in a stranger place.
 */
export class CanopyConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(({ value }) => (value === undefined || value === '' ? 3000 : Number(value)))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, { message: 'must be a postgres:// URL' })
  DATABASE_URL?: string = undefined;

  @Transform(({ value }) => (value === undefined || value === '' ? 10 : Number(value)))
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  @IsString()
  CANOPY_DATA_DIR = '.canopy-data';

  /** How often follow-up runs: windows that ended are settled and digests e-mailed; 0 turns it off. */
  @Transform(({ value }) => (value === undefined || value === '' ? 300 : Number(value)))
  @IsInt()
  @Min(0)
  @Max(86400)
  NOTIFICATION_DIGEST_SECONDS = 300;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Folder of the built web app, served by the API on the same origin when set. */
  @IsOptional()
  @IsString()
  CANOPY_WEB_DIR?: string = undefined;

  /** Where the GraphQL schema is printed on start; unset in production, where it stays in memory. */
  @IsOptional()
  @IsString()
  CANOPY_SCHEMA_FILE?: string = undefined;

  @Transform(({ value }) => parseBoolean(value, true))
  @IsBoolean({ message: 'must be true or false' })
  CANOPY_MIGRATE = true;

  /** Load the demo data set when the database holds no assemblies yet. */
  @Transform(({ value }) => parseBoolean(value, false))
  @IsBoolean({ message: 'must be true or false' })
  CANOPY_DEMO = false;

  /** SMTP server for outgoing mail (smtp://user:pass@host:587); unset: messages are written to the log. */
  @IsOptional()
  @Matches(/^smtps?:\/\/[^\s]+$/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string = undefined;

  @IsString()
  MAIL_FROM = 'Canopy <no-reply@canopy.localhost>';

  /** Where people open the web app: the base of links in e-mails. */
  @Matches(/^https?:\/\/[^\s]+[^/]$/, { message: 'must be an http(s) URL without a trailing slash' })
  CANOPY_PUBLIC_URL = 'http://localhost:4200';

  /** Shared state for several API instances (rate limits); unset: kept in this process. */
  @IsOptional()
  @Matches(/^rediss?:\/\/[^\s]+$/, { message: 'must be a redis:// URL' })
  REDIS_URL?: string = undefined;

  /** Prefix of every key Canopy keeps in Redis, so deployments (or test runs) sharing one Redis stay apart. */
  @Matches(/^[\w:.-]{1,64}$/, { message: 'must be 1 to 64 letters, digits, ":", ".", "_" or "-"' })
  REDIS_KEY_PREFIX = 'canopy:';

  /** Comma-separated e-mail addresses that become platform admins once verified. */
  @IsString()
  CANOPY_ADMIN_EMAILS = '';

  /**
   * Accounts one address may register per hour. A community forum registering its residents on one
   * venue's connection needs more than the default.
   */
  @Transform(({ value }) => (value === undefined || value === '' ? 20 : Number(value)))
  @IsInt()
  @Min(1)
  @Max(100000)
  REGISTRATIONS_PER_ADDRESS_PER_HOUR = 20;

  /**
   * Comma-separated origins (`https://app.example.org`) whose pages may call the API from a browser,
   * with credentials; empty: only the API's own origin (the web app served from it or behind its proxy).
   */
  @Matches(/^(https?:\/\/[^\s,/]+)?(,\s*https?:\/\/[^\s,/]+)*$/, {
    message: 'must be comma-separated http(s) origins without paths',
  })
  CANOPY_CORS_ORIGINS = '';

  /** Express "trust proxy" setting, so rate limits see the client's address behind a proxy. */
  @IsString()
  CANOPY_TRUST_PROXY = 'loopback';

  /** Folder of uploaded files (evidence); default: `files` in CANOPY_DATA_DIR. */
  @IsOptional()
  @IsString()
  CANOPY_FILES_DIR?: string = undefined;

  /** An S3-compatible bucket for uploaded files instead of a folder, for instances sharing no disk. */
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'must be an S3 bucket name' })
  S3_BUCKET?: string = undefined;

  @IsString()
  S3_REGION = 'us-east-1';

  /** Endpoint of an S3-compatible store (MinIO, Ceph…); unset for AWS. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'must be an http(s) URL' })
  S3_ENDPOINT?: string = undefined;

  @IsOptional()
  @IsString()
  S3_ACCESS_KEY_ID?: string = undefined;

  @IsOptional()
  @IsString()
  S3_SECRET_ACCESS_KEY?: string = undefined;

  @Transform(({ value }) => parseBoolean(value, false))
  @IsBoolean({ message: 'must be true or false' })
  S3_FORCE_PATH_STYLE = false;

  @Matches(/^[\w/.-]{0,64}$/, { message: 'must be up to 64 letters, digits, "/", ".", "_" or "-"' })
  S3_KEY_PREFIX = '';

  get adminEmails(): string[] {
    return this.CANOPY_ADMIN_EMAILS.split(',')
      .map((email) => email.trim().toLowerCase())
      .filter(Boolean);
  }

  get production(): boolean {
    return this.NODE_ENV === 'production';
  }

  /** Only in development do errors show their stack and internal messages (SQL among them). */
  get development(): boolean {
    return this.NODE_ENV === 'development';
  }

  get corsOrigins(): string[] {
    return this.CANOPY_CORS_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter(Boolean);
  }
}

function parseBoolean(value: unknown, fallback: boolean): unknown {
  if (value === undefined || value === '') return fallback;
  if (value === 'true' || value === '1' || value === true) return true;
  if (value === 'false' || value === '0' || value === false) return false;
  return value;
}

export class ConfigurationError extends Error {}

/** Reads and validates the environment; throws a ConfigurationError whose message is one line. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): CanopyConfig {
  const known = Object.keys(new CanopyConfig());
  const present = Object.fromEntries(
    known.filter((key) => env[key] !== undefined && env[key] !== '').map((key) => [key, env[key]]),
  );
  const config = plainToInstance(CanopyConfig, present, { exposeDefaultValues: true });
  const [first] = validateSync(config, { stopAtFirstError: true });
  if (first) {
    const reason = Object.values(first.constraints ?? {})[0] ?? 'is invalid';
    const shown = reason.startsWith(first.property) ? reason : `${first.property} ${reason}`;
    throw new ConfigurationError(`Invalid configuration: ${shown} (got ${JSON.stringify(first.value)})`);
  }
  return config;
}
