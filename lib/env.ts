import { z } from "zod";
import { limitSetting } from "@/lib/limits/limit-setting";

/**
 * The only reader of process.env (scripts that run before dependencies exist aside).
 * Read lazily: `next build` imports server modules without a database or secret.
 */
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// connection URL")
    .refine((url) => URL.canParse(url), "is not a valid URL: characters such as @, / or spaces in the user or password must be %-escaped")
    .optional(),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  // Run as root with the project in a folder other users cannot enter (/root, a `mktemp -d`
  // folder), the embedded PostgreSQL, which runs as the postgres user, keeps its data and a
  // copy of its binaries here instead.
  SLANT_SHARED_DIR: z.string().regex(/^\//, "must be an absolute path").default("/var/lib/slant"),
  SLANT_DEMO_PASSWORD: z.string().min(8, "must be at least 8 characters").optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // The app server's JavaScript heap limit, in MB (node's --max-old-space-size). Left to itself,
  // V8 grows the heap of a busy server far past what it holds (599 MiB peak in the benchmark,
  // 363 MiB with this limit, at the same throughput); raise it for very large exports.
  SLANT_HEAP_MB: z.coerce.number().int().min(128, "must be at least 128").max(65_536).default(384),
  // The origins browsers reach Slant at, comma-separated; the first is the one links in emails use.
  SLANT_ORIGIN: z
    .string()
    .transform((value) => value.split(",").map((origin) => origin.trim()).filter(Boolean))
    .pipe(z.array(z.url({ protocol: /^https?$/ }).transform((url) => new URL(url).origin)).min(1))
    .optional(),
  // How many proxies (load balancers) in front of Slant append to X-Forwarded-For; 0 = none, trust the socket.
  SLANT_TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  // Abuse limits, "count/time" (see README). A school signs in from one address, so the
  // per-address limits are far above what a class needs and only stop a script.
  SLANT_LIMIT_SIGN_IN_ACCOUNT: limitSetting("10/15m"),
  SLANT_LIMIT_SIGN_IN_ADDRESS: limitSetting("300/15m"),
  SLANT_LIMIT_SIGN_UP_ADDRESS: limitSetting("60/1h"),
  SLANT_LIMIT_JOIN_CODE_ADDRESS: limitSetting("30/15m"),
  SLANT_LIMIT_PASSWORD_RESET_ADDRESS: limitSetting("30/1h"),
  // Where emails (password-reset links) go: the server log, or an SMTP server.
  SLANT_MAIL_TRANSPORT: z.enum(["console", "smtp"]).default("console"),
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
  SLANT_MAIL_FROM: z.string().trim().min(3).max(320).optional(),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function readEnv(): Env {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment variables:\n${problems.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

export function requireEnv<K extends "DATABASE_URL" | "AUTH_SECRET">(name: K): NonNullable<Env[K]> {
  const value = readEnv()[name];
  if (!value) throw new Error(`${name} is not set. Start the app with \`npm start\`, which sets it up (see README).`);
  return value;
}

/** The demo accounts' password, used by the seed. */
export const demoPassword = (): string => readEnv().SLANT_DEMO_PASSWORD ?? "slant-demo";

export type MailSettings = { transport: "console" } | { transport: "smtp"; smtpUrl: string; from: string };

/** How emails are sent; SMTP needs both its URL and a From address. */
export function mailSettings(): MailSettings {
  const env = readEnv();
  if (env.SLANT_MAIL_TRANSPORT === "console") return { transport: "console" };
  if (!env.SMTP_URL || !env.SLANT_MAIL_FROM) {
    throw new Error("SLANT_MAIL_TRANSPORT=smtp needs SMTP_URL (smtp://user:password@host:587) and SLANT_MAIL_FROM (Slant <no-reply@example.org>).");
  }
  return { transport: "smtp", smtpUrl: env.SMTP_URL, from: env.SLANT_MAIL_FROM };
}

/** Where people reach Slant: links in emails point here (never at a request's Host header, which a client chooses). */
export const publicOrigin = (): string => readEnv().SLANT_ORIGIN?.[0] ?? `http://localhost:${readEnv().PORT}`;
