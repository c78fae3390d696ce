import { z } from 'zod';

// Parsed once at start; a wrong value stops the process with a list of what is wrong.
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().max(255).default('0.0.0.0'),
  DATA_DIR: z.string().max(4096).default('./data'),
  DATABASE_URL: z.string().max(4096).url().optional(),
  CATALOG_DIR: z.string().max(4096).default('./catalogs'),
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  PUBLIC_URL: z.string().max(2048).url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(200).default(20),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  COOKIE_SECURE: z.enum(['true', 'false', 'auto']).default('auto'),
  SMTP_URL: z
    .string()
    .max(2048)
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().max(320).default('Siegelwerk <no-reply@siegelwerk.example>'),
  JOBS: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  // whose X-Forwarded-For to believe: 'loopback' (a reverse proxy on this host), 'true', 'false' or addresses/CIDRs
  TRUST_PROXY: z.string().max(1000).default('loopback'),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  catalogDir: string;
  seedDemo: boolean;
  publicUrl: string | undefined;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  maxUploadBytes: number;
  sessionTtlMs: number;
  cookieSecure: boolean | 'auto';
  /** Without it mails stay in the outbox page instead of being sent. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Run the background jobs (warnings, mail, imports) in this process. */
  jobs: boolean;
  /** Which proxies' X-Forwarded-For is believed (client address for rate limits and logs). */
  trustProxy: boolean | string;
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (DATABASE_URL= in an env file) means "not set", not "invalid".
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    catalogDir: e.CATALOG_DIR,
    seedDemo: e.SEED_DEMO,
    publicUrl: e.PUBLIC_URL,
    logLevel: e.LOG_LEVEL,
    maxUploadBytes: e.MAX_UPLOAD_MB * 1024 * 1024,
    sessionTtlMs: e.SESSION_TTL_HOURS * 3600_000,
    cookieSecure: e.COOKIE_SECURE === 'auto' ? 'auto' : e.COOKIE_SECURE === 'true',
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    jobs: e.JOBS,
    trustProxy: e.TRUST_PROXY === 'true' ? true : e.TRUST_PROXY === 'false' ? false : e.TRUST_PROXY,
  };
}
