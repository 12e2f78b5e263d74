import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const flag = z
  .enum(["0", "1", "true", "false", "yes", "no"])
  .transform((value) => value === "1" || value === "true" || value === "yes");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .refine(
      (url) => new URL(url).pathname.replace(/\/+$/, "") === "",
      "must be an origin without a path, e.g. https://order.example.com",
    )
    .optional(),
  DATA_DIR: z.string().min(1).default("data"),
  DATABASE_URL: z.string().min(1).optional(),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,40}$/, "letters, digits, _ . - only")
    .default("tt"),
  ROLE: z.enum(["all", "api", "worker"]).default("all"),
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  SESSION_IDLE_TIMEOUT: z.coerce
    .number()
    .int()
    .min(60)
    .max(30 * 86_400)
    .default(12 * 3600),
  SESSION_MAX_AGE: z.coerce
    .number()
    .int()
    .min(60)
    .max(90 * 86_400)
    .default(7 * 86_400),
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d{1,2}|[\w.:/, -]+)$/, "true, false, a hop count or addresses/subnets")
    .default("false"),
  SEED_DEMO: flag.optional(),
  DEMO_OWNER_PASSWORD: z.string().min(8, "must be at least 8 characters").optional(),
  PAYMENT_RECONCILE_AFTER: z.coerce.number().int().min(1).max(86_400).default(180),
  PAYMENT_TIMEOUT: z.coerce.number().int().min(1).max(86_400).default(900),
  STRIPE_SECRET_KEY: z.string().startsWith("sk_").optional(),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_").optional(),
  /** Where the Stripe client sends API calls; only tests and proxies change it. */
  STRIPE_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  ALIPAY_APP_ID: z.string().min(1).optional(),
  ALIPAY_PRIVATE_KEY: z.string().min(1).optional(),
  ALIPAY_PUBLIC_KEY: z.string().min(1).optional(),
  ALIPAY_SELLER_ID: z.string().min(1).optional(),
  ALIPAY_GATEWAY: z.url({ protocol: /^https?$/ }).default("https://openapi.alipay.com/gateway.do"),
  QUEUE_DASHBOARD_EMAILS: z.string().optional(),
  ORDER_LIMIT_PER_TABLE: z.coerce.number().int().min(1).max(100_000).default(10),
  ORDER_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(120),
  CART_LIMIT_PER_TABLE: z.coerce.number().int().min(1).max(100_000).default(240),
  COUPON_GUESSES_PER_TABLE: z.coerce.number().int().min(1).max(100_000).default(10),
  COUPON_GUESSES_PER_DEVICE: z.coerce.number().int().min(1).max(100_000).default(10),
  COUPON_GUESSES_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(30),
  PASSWORD_HASH_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(1),
  PASSWORD_HASH_QUEUE: z.coerce.number().int().min(0).max(1000).default(8),
  JOB_LOCK_TIMEOUT: z.coerce.number().int().min(1).max(600).default(30),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Role = "all" | "api" | "worker";

export type DatabaseTarget = { dialect: "sqlite"; file: string } | { dialect: "postgres"; url: string };

export interface Config {
  env: "development" | "production" | "test";
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  database: DatabaseTarget;
  redisUrl: string;
  /** False when REDIS_URL was not set: start-up may then run a private redis-server. */
  redisUrlExplicit: boolean;
  role: Role;
  sessionSecret: string;
  seedDemo: boolean;
  demoOwnerPassword: string | undefined;
  logLevel: z.infer<typeof envSchema>["LOG_LEVEL"];
  /** Stripe credentials, when this deployment takes Stripe payments. */
  stripe: { secretKey: string; webhookSecret: string; apiUrl: string | undefined } | undefined;
  /** Alipay credentials (keys are PEM text), when this deployment takes Alipay payments. */
  alipay:
    | { appId: string; privateKey: string; alipayPublicKey: string; sellerId: string; gateway: string }
    | undefined;
  /** Owners allowed on the queue dashboard (QUEUE_DASHBOARD_EMAILS, comma-separated); unset: nobody, in every mode. */
  queueDashboardEmails: string[] | undefined;
  /** A payment pending longer than this (PAYMENT_RECONCILE_AFTER, seconds) is checked with its provider. */
  reconcileAfterMs: number;
  /** How long a pay-first order waits for payment before it expires (PAYMENT_TIMEOUT, in seconds). */
  paymentTimeoutMs: number;
  /** Staff sessions end after this long without a request (SESSION_IDLE_TIMEOUT, seconds)… */
  sessionIdleMs: number;
  /** …and this long after sign-in whatever happens (SESSION_MAX_AGE, seconds). */
  sessionMaxAgeMs: number;
  /** Express "trust proxy": which proxies' X-Forwarded-* headers (client IP, https) to believe. */
  trustProxy: boolean | number | string;
  /** Orders per minute one table code may place (the counter code gets six times as many)… */
  orderLimitPerTable: number;
  /** …and one client address (ORDER_LIMIT_PER_TABLE, ORDER_LIMIT_PER_ADDRESS). */
  orderLimitPerAddress: number;
  /** Shared-cart changes and syncs per minute from one table code (CART_LIMIT_PER_TABLE). */
  cartLimitPerTable: number;
  /**
   * Wrong coupon codes per 15 minutes from one table code, diner app and client address
   * (COUPON_GUESSES_PER_TABLE, COUPON_GUESSES_PER_DEVICE, COUPON_GUESSES_PER_ADDRESS).
   */
  couponGuessLimits: { perTable: number; perDevice: number; perAddress: number };
  /** Password hashes and checks run at once, and waiting beyond those (PASSWORD_HASH_CONCURRENCY, PASSWORD_HASH_QUEUE). */
  passwordHashing: { concurrency: number; maxWaiting: number };
  /** A job whose worker stopped renewing its lock this long ago (JOB_LOCK_TIMEOUT, seconds) runs again elsewhere. */
  jobLockMs: number;
  /** Prefix for every Redis key (queues, sessions), so several deployments or tests can share a server. */
  redisPrefix: string;
}

export class ConfigError extends Error {}

/** The only reader of process.env. Fails with a message naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ""),
    dataDir,
    database: parseDatabaseUrl(e.DATABASE_URL, dataDir),
    redisUrl: e.REDIS_URL ?? "redis://127.0.0.1:6379",
    redisUrlExplicit: e.REDIS_URL !== undefined,
    role: e.ROLE,
    sessionSecret: e.SESSION_SECRET ?? developmentSecret(e.NODE_ENV, dataDir),
    // A production deployment gets real shops from shop:create, never a demo with a printed password.
    seedDemo: e.SEED_DEMO ?? e.NODE_ENV !== "production",
    demoOwnerPassword: e.DEMO_OWNER_PASSWORD,
    logLevel: e.LOG_LEVEL,
    paymentTimeoutMs: e.PAYMENT_TIMEOUT * 1000,
    reconcileAfterMs: e.PAYMENT_RECONCILE_AFTER * 1000,
    queueDashboardEmails: e.QUEUE_DASHBOARD_EMAILS?.split(",")
      .map((email) => email.trim().toLowerCase())
      .filter(Boolean),
    stripe:
      e.STRIPE_SECRET_KEY && e.STRIPE_WEBHOOK_SECRET
        ? { secretKey: e.STRIPE_SECRET_KEY, webhookSecret: e.STRIPE_WEBHOOK_SECRET, apiUrl: e.STRIPE_API_URL }
        : undefined,
    alipay:
      e.ALIPAY_APP_ID && e.ALIPAY_PRIVATE_KEY && e.ALIPAY_PUBLIC_KEY && e.ALIPAY_SELLER_ID
        ? {
            appId: e.ALIPAY_APP_ID,
            privateKey: e.ALIPAY_PRIVATE_KEY,
            alipayPublicKey: e.ALIPAY_PUBLIC_KEY,
            sellerId: e.ALIPAY_SELLER_ID,
            gateway: e.ALIPAY_GATEWAY,
          }
        : undefined,
    jobLockMs: e.JOB_LOCK_TIMEOUT * 1000,
    passwordHashing: { concurrency: e.PASSWORD_HASH_CONCURRENCY, maxWaiting: e.PASSWORD_HASH_QUEUE },
    orderLimitPerTable: e.ORDER_LIMIT_PER_TABLE,
    orderLimitPerAddress: e.ORDER_LIMIT_PER_ADDRESS,
    cartLimitPerTable: e.CART_LIMIT_PER_TABLE,
    couponGuessLimits: {
      perTable: e.COUPON_GUESSES_PER_TABLE,
      perDevice: e.COUPON_GUESSES_PER_DEVICE,
      perAddress: e.COUPON_GUESSES_PER_ADDRESS,
    },
    sessionIdleMs: e.SESSION_IDLE_TIMEOUT * 1000,
    sessionMaxAgeMs: e.SESSION_MAX_AGE * 1000,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    redisPrefix: e.REDIS_PREFIX,
  };
}

function parseTrustProxy(value: string): boolean | number | string {
  if (value === "true" || value === "false") return value === "true";
  return /^\d+$/.test(value) ? Number(value) : value;
}

function parseDatabaseUrl(url: string | undefined, dataDir: string): DatabaseTarget {
  if (url === undefined) return { dialect: "sqlite", file: path.join(dataDir, "tabletap.sqlite") };
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: "postgres", url };
  const file = url.replace(/^(sqlite|file):(\/\/)?/, "");
  if (file === "" || /^[a-z]+:\/\//i.test(url)) {
    throw new ConfigError(
      "Invalid configuration:\n  DATABASE_URL: use postgres://… for PostgreSQL, or sqlite:<path> / a file path for SQLite",
    );
  }
  return { dialect: "sqlite", file: file === ":memory:" ? file : path.resolve(file) };
}

/** Development keeps a generated secret in the data folder so sessions survive restarts. */
function developmentSecret(nodeEnv: string, dataDir: string): string {
  if (nodeEnv === "production") {
    throw new ConfigError("Invalid configuration:\n  SESSION_SECRET: required when NODE_ENV=production");
  }
  const file = path.join(dataDir, "session-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("hex");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
