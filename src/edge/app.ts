import type { Server } from 'restify';
import { StrictBotFrameworkAuthentication } from './strict-authentication';
import { CheckedActivityAdapter } from './checked-activity-adapter';
import { Clock } from '../support/clock';
import type { Config } from '../config';
import { createLogger, type Logger } from '../support/logger';
import { createServer } from './server';
import { createBotLogic, createTurnErrorHandler } from './bot';
import { createMotherStore, type StoreConfig } from '../store/create-store';
import type { MeasuredMotherStore } from '../store/mother-store';
import { registerWebChat } from './webchat';
import { translator } from '../support/i18n';
import { PACKAGE_VERSION } from '../support/project-root';
import { CheckinScheduler } from '../checkins/scheduler';
import { checkinConversation } from '../../dialogs/handle-turn';
import type { Reply } from '../../dialogs/reply';
import { adapterSender } from './proactive-sender';
import { NO_TELEMETRY, type Telemetry } from '../telemetry/telemetry';
import type { AzureMonitorSettings } from '../telemetry/azure-monitor';
import { timedStore } from '../telemetry/timed-store';
import { useMotherIdKey } from '../store/mother-identity';
import { storeAnswers } from '../store/readiness';

export interface App {
  server: Server;
  store: MeasuredMotherStore;
  clock: Clock;
  scheduler: CheckinScheduler<Reply>;
  adapter: CheckedActivityAdapter;
  logger: Logger;
  telemetry: Telemetry;
  /** Listens on config.port (0 = a free port); resolves with the bound port. */
  listen(): Promise<number>;
  close(): Promise<void>;
}

export interface AppOverrides {
  logger?: Logger;
  /** Tests only: extra options for the Cosmos client (a test CA). */
  cosmosClientOptions?: NonNullable<StoreConfig['cosmos']>['clientOptions'];
  /** Tests only: span processors and metric readers beside the Azure Monitor exporter. */
  telemetryReaders?: Pick<AzureMonitorSettings, 'spanProcessors' | 'metricReaders'>;
}

/** Composition root: config -> store -> adapter -> bot -> scheduler -> server. */
export async function createApp(config: Config, overrides: AppOverrides = {}): Promise<App> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  translator();
  useMotherIdKey(config.motherIdKey);
  const clock = new Clock();
  const telemetry = startTelemetry(config, overrides);
  const openedStore = await createMotherStore({
    storage: config.storage,
    dataDir: config.dataDir,
    cosmos: { ...config.cosmos, ...(overrides.cosmosClientOptions ? { clientOptions: overrides.cosmosClientOptions } : {}) },
  });
  const store = telemetry.enabled ? timedStore(openedStore, telemetry) : openedStore;
  const auth = new StrictBotFrameworkAuthentication({
    MicrosoftAppId: config.microsoftAppId,
    MicrosoftAppPassword: config.microsoftAppPassword,
    MicrosoftAppType: config.microsoftAppType,
    MicrosoftAppTenantId: config.microsoftAppTenantId,
  });
  const adapter = new CheckedActivityAdapter(auth);
  adapter.onTurnError = createTurnErrorHandler(logger, config.defaultLocale, telemetry);
  const scheduler = new CheckinScheduler({
    store,
    clock,
    logger,
    telemetry,
    conversation: checkinConversation,
    send: adapterSender(adapter, config.microsoftAppId),
    globalRatePerSecond: config.scheduler.globalRatePerSecond,
    perConversationRatePerSecond: config.scheduler.perConversationRatePerSecond,
    reminderAfterHours: config.scheduler.reminderAfterHours,
  });
  const server = createServer({
    config,
    adapter,
    logic: createBotLogic({ store, clock, config, logger, telemetry }),
    clock,
    logger,
    telemetry,
    version: PACKAGE_VERSION,
    runCheckins: async () => ({ sent: (await scheduler.runPass()).sent }),
    storeReady: () => storeAnswers(store),
    extend: (s) => registerWebChat(s, { directLineSecret: config.directLineSecret }),
  });
  if (config.scheduler.loop) scheduler.start(config.scheduler.intervalMs);

  return {
    server,
    store,
    clock,
    scheduler,
    adapter,
    logger,
    telemetry,
    listen: () =>
      new Promise((resolve) => {
        server.listen(config.port, config.host, () => resolve((server.address() as { port: number }).port));
      }),
    close: async () => {
      await scheduler.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      try {
        await store.close();
      } finally {
        await telemetry.shutdown();
      }
    },
  };
}

/** Application Insights when its connection string is set; otherwise nothing is loaded or sent. */
function startTelemetry(config: Config, overrides: AppOverrides): Telemetry {
  if (!config.applicationInsightsConnectionString) return NO_TELEMETRY;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the distro is loaded only when a connection string is set
  const { startAzureMonitor } = require('../telemetry/azure-monitor') as typeof import('../telemetry/azure-monitor');
  return startAzureMonitor({ connectionString: config.applicationInsightsConnectionString, version: PACKAGE_VERSION, store: config.storage, ...overrides.telemetryReaders });
}
