import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';

const HER_WORDS = 'vondt i brystet';
const FIXTURE = path.join(__dirname, 'fixtures', 'failing-routes-server.ts');

interface Fixture {
  child: ChildProcessWithoutNullStreams;
  base: string;
  output(): string;
  lines(): Array<Record<string, unknown>>;
  /** The first log line that matches, once the child has written it (a request line follows the answer). */
  logged(match: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown> | undefined>;
  exitCode(): Promise<number | null>;
}

const started: ChildProcessWithoutNullStreams[] = [];
afterAll(() => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** src/edge/server.ts with routes that fail outside any promise, in a process of its own (tests/http/fixtures/failing-routes-server.ts). */
async function startFixture(): Promise<Fixture> {
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE], { cwd: path.join(__dirname, '..', '..'), env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HER_WORDS } });
  started.push(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const lines = (): Array<Record<string, unknown>> =>
    output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  const portLine = () => lines().find((line) => typeof line.port === 'number');
  for (const deadline = Date.now() + 20_000; !portLine(); await new Promise((resolve) => setTimeout(resolve, 50))) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the fixture did not start:\n${output}`);
  }
  return {
    child,
    base: `http://127.0.0.1:${portLine()!.port as number}`,
    output: () => output,
    lines,
    logged: async (match) => {
      for (const deadline = Date.now() + 2_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 20))) {
        const line = lines().find(match);
        if (line) return line;
      }
      return undefined;
    },
    exitCode: () => new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve))),
  };
}

describe('an error nobody caught on a request path', () => {
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await startFixture();
  }, 30_000);

  it.each(['/throws-in-a-timer', '/throws-at-once', '/rejects-unhandled', '/throws-a-string', '/rejects-its-promise'])(
    'GET %s is answered 500 with an error id and no message, logged by name and stack frames, and the process goes on',
    async (route) => {
      const res = await fetch(fixture.base + route);
      const text = await res.text();
      expect(res.status).toBe(500);
      expect(res.headers.get('content-type')).toContain('application/json');
      expect(JSON.parse(text)).toEqual({ error: 'internal', errorId: expect.stringMatching(/^[0-9a-f]{8}$/) });
      const { errorId } = JSON.parse(text) as { errorId: string };
      expect((await fetch(`${fixture.base}/healthz`)).status).toBe(200);
      expect(fixture.child.exitCode).toBeNull();
      const failed = await fixture.logged((line) => line.msg === 'request failed' && line.errorId === errorId);
      expect(failed).toMatchObject({ level: 50, name: expect.any(String) });
      if (route !== '/throws-a-string') expect(failed?.stack).toMatch(/^\s*at /);
      // Every request line is still written, although the telemetry after each one throws.
      expect(await fixture.logged((line) => line.msg === 'request' && line.route === route && line.errorId === errorId)).toMatchObject({ status: 500 });
      expect(fixture.output()).not.toContain(HER_WORDS);
    },
  );
});

describe('an error nobody caught outside a request under way still ends the process, as Node does', () => {
  it('from no request at all', async () => {
    const fixture = await startFixture();
    fixture.child.stdin.write('x');
    expect(await fixture.exitCode()).toBe(1);
    expect(fixture.output()).toContain('a fault outside any request');
  }, 30_000);

  it('from a request that has been answered', async () => {
    const fixture = await startFixture();
    expect((await fetch(`${fixture.base}/throws-after-answering`)).status).toBe(200);
    expect(await fixture.exitCode()).toBe(1);
  }, 30_000);
});
