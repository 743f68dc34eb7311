import fs from 'node:fs';
import path from 'node:path';
import { main, minimumNodeMajor, nodeFlags, npmStartRunCommand, startCommandLine } from './start-command';

const ROOT = path.resolve(__dirname, '..', '..');
const dockerfile = fs.readFileSync(path.join(ROOT, 'deployment', 'Dockerfile'), 'utf8');
const dockerignore = fs.readFileSync(path.join(ROOT, '.dockerignore'), 'utf8').split('\n').map((line) => line.trim());
const instructions = dockerfile
  .replace(/\\\n\s*/g, ' ')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));

/** The instructions of one stage, from its FROM to the next. */
function stage(name: string): string[] {
  const start = instructions.findIndex((line) => new RegExp(`^FROM .+ AS ${name}$`, 'i').test(line));
  if (start < 0) throw new Error(`no stage ${name}`);
  const next = instructions.findIndex((line, i) => i > start && line.startsWith('FROM '));
  return instructions.slice(start, next < 0 ? undefined : next);
}

/** Node 24 LTS on Debian bookworm, slim: the image every stage is built from. */
const NODE_IMAGE = 'node:24-bookworm-slim';

describe('deployment/Dockerfile', () => {
  it('builds every stage from the Node 24 LTS image', () => {
    const args = instructions.filter((line) => /^ARG NODE_IMAGE=/.test(line));
    expect(args).toEqual([`ARG NODE_IMAGE=${NODE_IMAGE}`]);
    const froms = instructions.filter((line) => line.startsWith('FROM '));
    expect(froms.map((line) => line.split(/\s+/)[1])).toEqual(['${NODE_IMAGE}', '${NODE_IMAGE}', '${NODE_IMAGE}']);
    expect(Number(/^node:(\d+)-/.exec(NODE_IMAGE)?.[1])).toBeGreaterThanOrEqual(minimumNodeMajor);
    expect(dockerfile).not.toMatch(/node:20|Node 20/);
  });

  it('builds with dev dependencies and the tools better-sqlite3 needs', () => {
    const build = stage('build').join('\n');
    expect(build).toMatch(/apt-get install .*python3.*make.*g\+\+/);
    expect(build).toMatch(/^RUN npm ci$/m);
    expect(build).toContain('RUN npm run build');
  });

  it('ships production dependencies only, and runs as a non-root user', () => {
    expect(stage('production-deps').join('\n')).toMatch(/npm ci --omit=dev/);
    const runtime = stage('runtime');
    expect(runtime).toContain('COPY --from=production-deps /app/node_modules ./node_modules');
    expect(runtime.some((line) => /^COPY --from=build .*node_modules/.test(line))).toBe(false);
    expect(runtime.find((line) => line.startsWith('USER '))).toMatch(/^USER (?!root)\w+/);
    expect(runtime.join('\n')).not.toMatch(/g\+\+/);
  });

  it('exposes 3978 and checks /healthz with node', () => {
    const runtime = stage('runtime').join('\n');
    expect(runtime).toContain('EXPOSE 3978');
    expect(runtime).toMatch(/HEALTHCHECK .*CMD \["node", "-e", .*\/healthz/);
    expect(runtime).not.toMatch(/curl|wget/);
    expect(runtime).toContain('COPY locales ./locales');
  });

  it('starts what npm start runs: node with package.json config.nodeFlags, main', () => {
    // The command the deployments are held to is the one npm start runs once it has built.
    expect(startCommandLine).toBe(npmStartRunCommand());
    const runtime = stage('runtime');
    const cmds = runtime.filter((line) => line.startsWith('CMD '));
    expect(cmds).toHaveLength(1);
    // Exec form: no shell stays between the container and node (the image's entrypoint execs it).
    expect(JSON.parse((cmds[0] as string).slice('CMD '.length))).toEqual(['node', ...nodeFlags, main]);
    expect(runtime.some((line) => line.startsWith('ENTRYPOINT '))).toBe(false);
  });

  it('copies only sources that exist in the repository', () => {
    const sources = instructions
      .filter((line) => line.startsWith('COPY ') && !line.includes('--from='))
      .flatMap((line) => line.split(/\s+/).slice(1, -1));
    expect(sources.length).toBeGreaterThan(3);
    for (const source of sources) expect(fs.existsSync(path.join(ROOT, source))).toBe(true);
  });

  it('keeps secrets, local data and node_modules out of the build context', () => {
    for (const pattern of ['node_modules', '.env', '.env.*', 'data', 'dist', '.git']) expect(dockerignore).toContain(pattern);
    for (const needed of ['src', 'locales', 'dialogs', 'package.json', 'package-lock.json']) expect(dockerignore).not.toContain(needed);
    // The build runs scripts/prune-dist.mjs: the folder is ignored, that file let back in.
    expect(dockerignore.indexOf('!scripts/prune-dist.mjs')).toBeGreaterThan(dockerignore.indexOf('scripts'));
  });
});
