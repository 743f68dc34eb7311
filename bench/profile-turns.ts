/**
 * Where a turn's CPU goes: the real bot under the turn mix with `node --cpu-prof`, then the
 * functions with the most self time. Run: npx tsx bench/profile-turns.ts [embedded|cosmos]
 */
import fs from 'node:fs';
import path from 'node:path';
import { PRODUCT_NODE_FLAGS, startRealBot, tempDir } from './support/bots';
import { startCosmosBot } from './support/cosmos-bot';
import { startChannel } from './support/channel';
import { runLoad } from './support/load';
import { timedTurns } from './support/mothers';
import { onboardAll } from './turn-latency';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

const TOP = 25;

function topSelfTime(profileFile: string): string[] {
  const profile = JSON.parse(fs.readFileSync(profileFile, 'utf8')) as { nodes: ProfileNode[] };
  const total = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
  const byFrame = new Map<string, number>();
  for (const node of profile.nodes) {
    const where = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.replace(/^.*node_modules\//, 'nm/').replace(/^.*\/dist\//, 'dist/')}:${node.callFrame.lineNumber + 1}`;
    byFrame.set(where, (byFrame.get(where) ?? 0) + (node.hitCount ?? 0));
  }
  return [...byFrame.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP)
    .map(([where, hits]) => `${((hits / total) * 100).toFixed(1).padStart(5)} %  ${where}`);
}

async function main(): Promise<void> {
  const profileDir = tempDir('cpu-prof');
  const channel = await startChannel();
  const nodeArgs = [...PRODUCT_NODE_FLAGS, '--cpu-prof', `--cpu-prof-dir=${profileDir}`];
  const storage = process.argv[2] === 'cosmos' ? 'cosmos' : 'embedded';
  const cosmos = storage === 'cosmos' ? await startCosmosBot(nodeArgs) : undefined;
  const bot = cosmos?.bot ?? (await startRealBot({}, nodeArgs));
  try {
    const mothers = await onboardAll([bot], channel, 'profile', 300, 8);
    const result = await runLoad(bot.base, timedTurns(mothers, channel.url, 3000, 0), 8);
    console.log(`${result.latenciesMs.length} turns, ${result.turnsPerSecond.toFixed(0)} turns/s, ${result.failures} failures`);
  } finally {
    await (cosmos ? cosmos.stop() : bot.stop());
    await channel.close();
  }
  const file = fs.readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error('no .cpuprofile was written (did the bot exit on SIGTERM?)');
  const kept = path.resolve(__dirname, 'results', `turns-${storage}.cpuprofile`);
  fs.mkdirSync(path.dirname(kept), { recursive: true });
  fs.copyFileSync(path.join(profileDir, file), kept);
  fs.rmSync(profileDir, { recursive: true, force: true });
  console.log(`self time, top ${TOP} (profile kept in ${path.relative(process.cwd(), kept)}):`);
  for (const line of topSelfTime(kept)) console.log(line);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
