import { createApp } from './edge/app';
import { ConfigError, loadConfig, type Config } from './config';

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78);
    }
    throw err;
  }
  const app = await createApp(config);
  const port = await app.listen();
  const where = `http://localhost:${port}`;
  app.logger.info({ port, storage: config.storage, devRoutes: config.devRoutes }, 'listening');
  console.log(`\nThe bot is listening on ${where}/api/messages (storage: ${config.storage}${config.storage === 'embedded' ? ` in ${config.dataDir}` : ''}).`);
  console.log(`Chat with it: run "npm run playground" in another terminal (Microsoft 365 Agents Playground), or open ${where}/ for web chat when DIRECT_LINE_SECRET is set.\n`);

  const shutdown = (signal: string) => {
    app.logger.info({ signal }, 'shutting down');
    setTimeout(() => process.exit(0), 5000).unref();
    void app.close().finally(() => process.exit(0));
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err: Error) => {
  console.error(`The bot could not start: ${err.name}: ${err.message}`);
  process.exit(1);
});
