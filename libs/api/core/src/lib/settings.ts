import { resolve } from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MinLength, Min, Validate, validateSync } from 'class-validator';
import { TrustProxyConstraint, TrustProxy, parseTrustProxy } from './trust-proxy';

const toBool = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : value === 'true' || value === '1');
const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/** The environment the API reads, validated at boot so a typo fails loudly instead of running half-configured. */
export class AppEnv {
  /** Password of the `admin` account, used once when the account is created; otherwise a random one is printed. */
  @IsOptional()
  @MinLength(12, { message: 'ADMIN_PASSWORD must have at least 12 characters' })
  ADMIN_PASSWORD?: string;

  /** Key of the audit trail's HMAC-SHA256 chain; unset: plain SHA-256 (anyone who can write the table can rebuild the chain). */
  @IsOptional()
  @MinLength(32, { message: 'AUDIT_KEY must have at least 32 characters' })
  AUDIT_KEY?: string;

  /** File that keeps the audit chain's last verified head, outside the database; default DATA_DIR/audit-checkpoint.json. */
  @IsOptional()
  @IsString()
  AUDIT_CHECKPOINT_FILE?: string;

  /** Origins allowed to call the API from a browser; none by default (the client is served from the same origin). */
  @IsOptional()
  @IsString()
  CORS_ORIGINS?: string;

  /** Password of the demo accounts when they are created; otherwise each gets a random one, printed once. */
  @IsOptional()
  @MinLength(12, { message: 'DEMO_PASSWORD must have at least 12 characters' })
  DEMO_PASSWORD?: string;

  /** Key that signs access tokens; every API process behind one load balancer needs the same. Random per process if unset. */
  @IsOptional()
  @MinLength(32, { message: 'JWT_SECRET must have at least 32 characters' })
  JWT_SECRET?: string;

  /** Sign-in attempts per minute from one address. */
  @IsInt()
  @IsOptional()
  @Min(1)
  @Transform(toInt)
  LOGIN_RATE_LIMIT = 10;

  /** Requests per minute from one address; 0 turns the limit off (benchmarks). */
  @IsInt()
  @IsOptional()
  @Min(0)
  @Transform(toInt)
  RATE_LIMIT = 1200;

  @IsOptional()
  @Matches(/^\d+(kb|mb)$/i)
  BODY_LIMIT = '1mb';

  /** Daily backup into DATA_DIR/backups by the running server: on by default with the embedded database. */
  @IsBoolean()
  @IsOptional()
  @Transform(toBool)
  BACKUP_DAILY?: boolean;

  /** Backups of each kind (daily, manual) kept in DATA_DIR/backups. */
  @IsInt()
  @IsOptional()
  @Max(365)
  @Min(1)
  @Transform(toInt)
  BACKUP_KEEP = 7;

  @IsOptional()
  @IsString()
  DATA_DIR = 'data';

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  /** The schema owner's URL: migrations and grants run with it, the app then works as DATABASE_URL's role (no UPDATE/DELETE/TRUNCATE on the audit trail). */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_OWNER_URL must be a postgres:// URL' })
  DATABASE_OWNER_URL?: string;

  @IsInt()
  @IsOptional()
  @Max(200)
  @Min(1)
  @Transform(toInt)
  DB_POOL_SIZE?: number;

  /** Demo dataset: on by default for the embedded database, off for a server unless set to true. */
  @IsBoolean()
  @IsOptional()
  @Transform(toBool)
  DEMO_DATA?: boolean;

  /** Where dossier documents are kept: `disk` (default, under DATA_DIR/files) or `s3://bucket/prefix`. */
  @IsOptional()
  @Matches(/^(disk|s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/[\w.\-/]*)?)$/, {
    message: 'FILE_STORE must be "disk" or s3://bucket/prefix (a lowercase S3 bucket name)',
  })
  FILE_STORE?: string;

  /** Endpoint of an S3-compatible store (MinIO, Ceph); AWS's own when unset. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(\/.*)?$/, { message: 'S3_ENDPOINT must be an http(s):// URL' })
  S3_ENDPOINT?: string;

  @IsOptional()
  @Matches(/^[a-z0-9-]+$/, { message: 'S3_REGION must be a region name such as us-east-1' })
  S3_REGION?: string;

  /** Path-style addressing (bucket in the path): what MinIO and most self-hosted stores need. */
  @IsBoolean()
  @IsOptional()
  @Transform(toBool)
  S3_FORCE_PATH_STYLE?: boolean;

  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  @IsOptional()
  LOG_LEVEL = 'log';

  @IsInt()
  @IsOptional()
  @Max(65535)
  @Min(0)
  @Transform(toInt)
  PORT = 3000;

  /** Rate-limit counters in Redis instead of the database: `redis://` or `rediss://` (TLS), with password and database if any. */
  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  /** Prefix of the rate-limit keys in Redis (one Redis shared by several apps or environments). */
  @IsOptional()
  @Matches(/^[\w:.-]{1,64}$/, { message: 'REDIS_KEY_PREFIX must be 1-64 letters, digits or _ : . -' })
  REDIS_KEY_PREFIX?: string;

  /** Which proxies to believe about the client's address (Express `trust proxy`): hop count, true/false, or addresses/CIDRs. */
  @IsOptional()
  @Validate(TrustProxyConstraint)
  TRUST_PROXY?: string;

  @IsOptional()
  @IsString()
  WEB_DIST?: string;
}

export interface AppSettings {
  adminPassword?: string;
  /** Daily backups by the server (absent: off). */
  backupDaily?: boolean;
  backupKeep?: number;
  auditKey?: string;
  auditCheckpointFile?: string;
  bodyLimit: string;
  corsOrigins?: string[];
  demoPassword?: string;
  jwtSecret?: string;
  loginRateLimit?: number;
  rateLimit?: number;
  dataDir: string;
  databaseUrl?: string;
  databaseOwnerUrl?: string;
  demoData: boolean;
  /** `disk` (default) or `s3://bucket/prefix`; S3 credentials come from the environment (AWS SDK chain). */
  fileStore?: string;
  logLevel: string;
  poolSize?: number;
  port: number;
  /** REDIS_URL: rate-limit counters in Redis; unset, in the database. */
  redisUrl?: string;
  redisKeyPrefix?: string;
  s3Endpoint?: string;
  s3ForcePathStyle?: boolean;
  s3Region?: string;
  /** Express `trust proxy`; default 'loopback'. */
  trustProxy?: TrustProxy;
  webDist?: string;
}

export function loadSettings(env: NodeJS.ProcessEnv = process.env): AppSettings {
  // An exported but empty variable means "not set" (compose passes them through like that).
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = plainToInstance(AppEnv, given, { excludeExtraneousValues: false });
  const errors = validateSync(parsed, { whitelist: false });
  if (errors.length) {
    const lines = errors.map((e) => `  ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return {
    adminPassword: parsed.ADMIN_PASSWORD || undefined,
    backupDaily: parsed.BACKUP_DAILY ?? !parsed.DATABASE_URL,
    backupKeep: parsed.BACKUP_KEEP,
    auditKey: parsed.AUDIT_KEY || undefined,
    auditCheckpointFile: parsed.AUDIT_CHECKPOINT_FILE ? resolve(parsed.AUDIT_CHECKPOINT_FILE) : undefined,
    bodyLimit: parsed.BODY_LIMIT,
    corsOrigins: parsed.CORS_ORIGINS
      ? parsed.CORS_ORIGINS.split(',')
          .map((o) => o.trim())
          .filter(Boolean)
      : undefined,
    demoPassword: parsed.DEMO_PASSWORD || undefined,
    jwtSecret: parsed.JWT_SECRET || undefined,
    loginRateLimit: parsed.LOGIN_RATE_LIMIT,
    rateLimit: parsed.RATE_LIMIT,
    dataDir: parsed.DATA_DIR,
    databaseUrl: parsed.DATABASE_URL || undefined,
    databaseOwnerUrl: parsed.DATABASE_OWNER_URL || undefined,
    demoData: parsed.DEMO_DATA ?? !parsed.DATABASE_URL,
    fileStore: parsed.FILE_STORE || undefined,
    logLevel: parsed.LOG_LEVEL,
    poolSize: parsed.DB_POOL_SIZE,
    port: parsed.PORT,
    redisUrl: parsed.REDIS_URL || undefined,
    redisKeyPrefix: parsed.REDIS_KEY_PREFIX || undefined,
    s3Endpoint: parsed.S3_ENDPOINT || undefined,
    s3ForcePathStyle: parsed.S3_FORCE_PATH_STYLE,
    s3Region: parsed.S3_REGION || undefined,
    trustProxy: parseTrustProxy(parsed.TRUST_PROXY),
    // express's sendFile needs an absolute path.
    webDist: parsed.WEB_DIST ? resolve(parsed.WEB_DIST) : undefined,
  };
}
