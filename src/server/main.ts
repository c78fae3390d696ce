import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { startServices } from './startup.js';

// `npm start`: migrate, load catalogs, seed demo data on first start, serve.
async function main() {
  const started = performance.now();
  const config = loadConfig();
  const { database, catalogs } = await startServices(config);
  const app = await buildApp({ config, database, catalogs });
  const shutdown = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  const address = await app.listen({ port: config.port, host: config.host });
  app.log.info({ database: database.kind, ms: Math.round(performance.now() - started) }, `Siegelwerk ready on ${address}`);
}

main().catch((err: Error) => {
  // Start-up errors (configuration, a broken catalog, a changed catalog version) end here with their message.
  console.error(`Siegelwerk could not start: ${err.message}`);
  process.exit(1);
});
