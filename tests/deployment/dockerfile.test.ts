import fs from 'node:fs';
import path from 'node:path';

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

describe('deployment/Dockerfile', () => {
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

  it('exposes 3978, checks /healthz with node, and starts the compiled entry point with the V8 flags and environment of npm start', () => {
    const runtime = stage('runtime').join('\n');
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { main: string; config: { nodeFlags: string; runtimeEnv: string } };
    const main = pkg.main;
    const flags = pkg.config.nodeFlags.split(' ').map((flag) => `"${flag}", `).join('');

    expect(runtime).toContain('EXPOSE 3978');
    expect(runtime).toMatch(/HEALTHCHECK .*CMD \["node", "-e", .*\/healthz/);
    expect(runtime).not.toMatch(/curl|wget/);
    expect(runtime).toContain(`CMD ["node", ${flags}"${main}"]`);
    // The same environment as `npm start` (package.json config.runtimeEnv).
    const environment = runtime.split('\n').filter((line) => line.startsWith('ENV ')).flatMap((line) => line.split(/\s+/).slice(1));
    for (const setting of pkg.config.runtimeEnv.split(' ')) expect(environment).toContain(setting);
    expect(runtime).toContain('COPY locales ./locales');
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
  });
});
