import fs from 'node:fs';
import path from 'node:path';
import { startFaultProxy, type FaultProxy } from '../../tests/support/cosmos-fault-proxy';
import { startCosmosServer } from '../../tests/support/cosmos-server';
import { startRealBot, tempDir, type RunningBot } from './bots';

export interface CosmosBot {
  bot: RunningBot;
  /** Between the bot and the protocol server; `seen` lists every request that reached Cosmos. */
  proxy: FaultProxy;
  stop(): Promise<void>;
}

/** The real bot with STORAGE=cosmos against the Cosmos DB protocol server (its test CA trusted by this bot only). */
export async function startCosmosBot(nodeArgs?: string[]): Promise<CosmosBot> {
  const server = await startCosmosServer();
  const proxy = await startFaultProxy(server);
  const certDir = tempDir('cosmos-ca');
  const caFile = path.join(certDir, 'ca.pem');
  fs.writeFileSync(caFile, server.certificate.cert);
  const stopAll = async (bot?: RunningBot): Promise<void> => {
    await bot?.stop();
    await proxy.close();
    await server.close();
    fs.rmSync(certDir, { recursive: true, force: true });
  };
  try {
    const bot = await startRealBot({ STORAGE: 'cosmos', COSMOS_ENDPOINT: proxy.endpoint, COSMOS_KEY: server.key, COSMOS_DATABASE: 'bench', NODE_EXTRA_CA_CERTS: caFile }, nodeArgs);
    return { bot, proxy, stop: () => stopAll(bot) };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
