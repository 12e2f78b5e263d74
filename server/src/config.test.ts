import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.js";

const dataDir = () => mkdtempSync(path.join(tmpdir(), "tabletap-config-"));

describe("loadConfig", () => {
  it("defaults to SQLite under the data folder, local Redis, all roles, and keeps a generated secret", () => {
    const dir = dataDir();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config.database).toEqual({ dialect: "sqlite", file: path.join(dir, "tabletap.sqlite") });
    expect(config.redisUrl).toBe("redis://127.0.0.1:6379");
    expect(config.redisUrlExplicit).toBe(false);
    expect(config.role).toBe("all");
    expect(config.publicUrl).toBe("http://localhost:3000");
    expect(config.sessionSecret).toBe(readFileSync(path.join(dir, "session-secret"), "utf8"));
    expect(loadConfig({ DATA_DIR: dir }).sessionSecret).toBe(config.sessionSecret);
  });

  it("switches to PostgreSQL for a postgres:// URL", () => {
    const config = loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: "postgres://u@db:5432/app" });
    expect(config.database).toEqual({ dialect: "postgres", url: "postgres://u@db:5432/app" });
  });

  it.each([
    [{ PORT: "eighty" }, "PORT"],
    [{ ROLE: "boss" }, "ROLE"],
    [{ REDIS_URL: "http://x" }, "REDIS_URL"],
    [{ SEED_DEMO: "maybe" }, "SEED_DEMO"],
    [{ SESSION_SECRET: "short" }, "SESSION_SECRET"],
    [{ DATABASE_URL: "mysql://x/y" }, "DATABASE_URL"],
    [{ NODE_ENV: "production" }, "SESSION_SECRET"],
  ])("names the bad variable: %o", (env, name) => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...env })).toThrow(new RegExp(`${name}:`));
  });
});
