import type { AzureMonitorOpenTelemetryOptions } from '@azure/monitor-opentelemetry';
import { openTelemetry } from './open-telemetry';
import type { Telemetry } from './telemetry';

export interface AzureMonitorSettings {
  connectionString: string;
  version: string;
  store: 'embedded' | 'cosmos';
  /** Tests only: processors and readers that see what the distro sends. */
  spanProcessors?: AzureMonitorOpenTelemetryOptions['spanProcessors'];
  metricReaders?: AzureMonitorOpenTelemetryOptions['metricReaders'];
}

const OFF = { enabled: false };

/**
 * Starts the Azure Monitor OpenTelemetry distro and returns the bot's Telemetry on it. Loaded only
 * when a connection string is set. Every automatic instrumentation is off: the HTTP one would
 * record the Bot Connector's URLs (her conversation id), the Azure SDK one the Cosmos document
 * URLs, the console one whatever is printed. The bot's own spans and metrics say what an
 * operator needs instead, and nothing else.
 */
export function startAzureMonitor(settings: AzureMonitorSettings): Telemetry {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when asked for: the distro costs start time and memory
  const distro = require('@azure/monitor-opentelemetry') as typeof import('@azure/monitor-opentelemetry');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const api = require('@opentelemetry/api') as typeof import('@opentelemetry/api');
  distro.useAzureMonitor({
    azureMonitorExporterOptions: { connectionString: settings.connectionString },
    enableLiveMetrics: false,
    instrumentationOptions: {
      http: OFF,
      azureSdk: OFF,
      mongoDb: OFF,
      mySql: OFF,
      postgreSql: OFF,
      redis: OFF,
      redis4: OFF,
      bunyan: OFF,
      winston: OFF,
      console: OFF,
    },
    ...(settings.spanProcessors ? { spanProcessors: settings.spanProcessors } : {}),
    ...(settings.metricReaders ? { metricReaders: settings.metricReaders } : {}),
  });
  return openTelemetry(api, settings.version, settings.store, () => distro.shutdownAzureMonitor());
}
