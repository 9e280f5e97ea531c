import { resolve } from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';

const toBool = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : value === 'true' || value === '1');
const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/** The environment the API reads, validated at boot so a typo fails loudly instead of running half-configured. */
export class AppEnv {
  @IsOptional()
  @Matches(/^\d+(kb|mb)$/i)
  BODY_LIMIT = '1mb';

  @IsOptional()
  @IsString()
  DATA_DIR = 'data';

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

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

  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  @IsOptional()
  LOG_LEVEL = 'log';

  @IsInt()
  @IsOptional()
  @Max(65535)
  @Min(0)
  @Transform(toInt)
  PORT = 3000;

  @IsOptional()
  @IsString()
  WEB_DIST?: string;
}

export interface AppSettings {
  bodyLimit: string;
  dataDir: string;
  databaseUrl?: string;
  demoData: boolean;
  logLevel: string;
  poolSize?: number;
  port: number;
  webDist?: string;
}

export function loadSettings(env: NodeJS.ProcessEnv = process.env): AppSettings {
  const parsed = plainToInstance(AppEnv, { ...env }, { excludeExtraneousValues: false });
  const errors = validateSync(parsed, { whitelist: false });
  if (errors.length) {
    const lines = errors.map((e) => `  ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return {
    bodyLimit: parsed.BODY_LIMIT,
    dataDir: parsed.DATA_DIR,
    databaseUrl: parsed.DATABASE_URL || undefined,
    demoData: parsed.DEMO_DATA ?? !parsed.DATABASE_URL,
    logLevel: parsed.LOG_LEVEL,
    poolSize: parsed.DB_POOL_SIZE,
    port: parsed.PORT,
    // express's sendFile needs an absolute path.
    webDist: parsed.WEB_DIST ? resolve(parsed.WEB_DIST) : undefined,
  };
}
