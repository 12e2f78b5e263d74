import { ConfigError, loadConfig } from "./config.js";
import { createLogger } from "./logger.js";
import { startServer } from "./start.js";

/** Entry point: load config, start the configured roles, print where things are, stop cleanly on signals. */
async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78);
    }
    throw error;
  }
  const logger = createLogger(config);
  const server = await startServer(config, { logger }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });

  if (server.url) printWelcome(config.publicUrl, server.demo);
  logger.info({ role: config.role, url: server.url, database: config.database.dialect }, "tabletap started");

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), 15_000).unref();
    await server.close();
    clearTimeout(force);
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

function printWelcome(publicUrl: string, demo: Awaited<ReturnType<typeof startServer>>["demo"]) {
  const lines = [``, `  TableTap is running at ${publicUrl}`, `  Merchant console:  ${publicUrl}/merchant/`];
  if (demo) {
    lines.push(`  Table T1 (diner):  ${publicUrl}/t/${demo.firstTableToken}`);
    lines.push(
      `  Owner login:       ${demo.ownerEmail} / ${demo.ownerPassword ?? "(the password it was created with)"}`,
    );
  }
  lines.push(`  API docs:          ${publicUrl}/api/docs`, ``);
  console.log(lines.join("\n"));
}

void main();
