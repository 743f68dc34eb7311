/**
 * `npm run migrate:mother-ids` (in App Service: `node dist/src/store/migrate-mother-ids-cli.js`), with the bot's
 * environment: moves every document stored under the unkeyed id to the id keyed with MOTHER_ID_KEY.
 * Prints the counts only.
 */
import { ConfigError, loadConfig, type Config } from '../config';
import { createMotherStore } from './create-store';
import { migrateMotherIds } from './migrate-mother-ids';

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(78);
  }
  const store = await createMotherStore({ storage: config.storage, dataDir: config.dataDir, cosmos: config.cosmos });
  try {
    console.log(JSON.stringify(await migrateMotherIds(store, config.motherIdKey)));
  } finally {
    await store.close();
  }
}

main().catch((error: Error) => {
  console.error(`The migration stopped: ${error.name}`);
  process.exit(1);
});
