import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readRgbaPng } from './png-reader';
import { readZip, type ZipEntry } from './zip-reader';

const ROOT = path.resolve(__dirname, '..', '..');
const BUILD_SCRIPT = path.join(ROOT, 'deployment', 'teams', 'build-package.mjs');
const SCHEMAS = path.join(ROOT, 'node_modules', '@microsoft', 'app-manifest', 'build', 'json-schemas', 'teams');
const BOT_ID = '8f6f2a31-4b1e-4c55-9d3a-0c2b7e9a1f42';

function runBuild(env: Record<string, string>, outDir: string) {
  const childEnv: Record<string, string> = { PATH: process.env.PATH ?? '', TEAMS_PACKAGE_OUT: outDir, ...env };
  return spawnSync(process.execPath, [BUILD_SCRIPT], { env: childEnv, encoding: 'utf8' });
}

// unicodeRegExp: false because the Localization schema's patterns use \b inside character positions the u flag rejects.
function compile(schemaFile: string) {
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
}

function schemaVersionOf(schemaUrl: string): string {
  const match = /\/teams\/(v[0-9.]+)\/MicrosoftTeams(?:\.Localization)?\.schema\.json$/.exec(schemaUrl);
  if (!match?.[1]) throw new Error(`unexpected $schema ${schemaUrl}`);
  return match[1];
}

describe('Teams app package', () => {
  let outDir: string;
  let entries: ZipEntry[];
  let manifest: Record<string, unknown> & { $schema: string; bots: Array<{ botId: string; scopes: string[] }> };

  beforeAll(() => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'teams-package-'));
    const result = runBuild({ MicrosoftAppId: BOT_ID, BOT_DOMAIN: 'fw-bot.azurewebsites.net' }, outDir);
    if (result.status !== 0) throw new Error(result.stderr);
    entries = readZip(fs.readFileSync(path.join(outDir, 'app-package.zip')));
    const manifestEntry = entries.find((entry) => entry.name === 'manifest.json');
    if (!manifestEntry) throw new Error('manifest.json missing');
    manifest = JSON.parse(manifestEntry.data.toString('utf8'));
  });
  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

  function entry(name: string): Buffer {
    const found = entries.find((e) => e.name === name);
    if (!found) throw new Error(`${name} missing from the package`);
    return found.data;
  }

  it('zips the manifest, both icons and the English localization at the root', () => {
    expect(entries.map((e) => e.name).sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
  });

  it('is readable by unzip as well, when unzip exists', () => {
    const unzip = spawnSync('unzip', ['-tq', path.join(outDir, 'app-package.zip')], { encoding: 'utf8' });
    if (unzip.error) return; // no unzip on this machine; our own reader above already checked every CRC
    expect(unzip.status).toBe(0);
  });

  it('validates against the official Teams schema it declares, shipped offline', () => {
    const version = schemaVersionOf(manifest.$schema);
    const validate = compile(path.join(SCHEMAS, version, 'MicrosoftTeams.schema.json'));

    const valid = validate(manifest);

    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('would catch a broken manifest (the schema check is not vacuous)', () => {
    const validate = compile(path.join(SCHEMAS, schemaVersionOf(manifest.$schema), 'MicrosoftTeams.schema.json'));
    const broken = { ...manifest, bots: [{ ...manifest.bots[0], botId: 'not-a-guid' }] };

    expect(validate(broken)).toBe(false);
  });

  it('uses the newest stable schema version in node_modules', () => {
    const stable = fs.readdirSync(SCHEMAS).filter((dir) => /^v1\.\d+$/.test(dir));
    const newest = stable.sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1])).at(-1);
    expect(schemaVersionOf(manifest.$schema)).toBe(newest);
  });

  it('validates the English localization against the Localization schema', () => {
    const english = JSON.parse(entry('en.json').toString('utf8'));
    const validate = compile(path.join(SCHEMAS, schemaVersionOf(english.$schema), 'MicrosoftTeams.Localization.schema.json'));

    expect(validate(english)).toBe(true);
    expect(english['name.short']).not.toEqual((manifest.name as { short: string }).short);
  });

  it('is a personal-scope bot with the bot id from MicrosoftAppId and Norwegian by default', () => {
    expect(manifest.bots).toHaveLength(1);
    expect(manifest.bots[0]?.botId).toBe(BOT_ID);
    expect(manifest.bots[0]?.scopes).toEqual(['personal']);
    expect(manifest.localizationInfo).toEqual({ defaultLanguageTag: 'nb-no', additionalLanguages: [{ languageTag: 'en', file: 'en.json' }] });
    expect(manifest.validDomains).toEqual(['fw-bot.azurewebsites.net']);
    expect(JSON.stringify(manifest)).not.toContain('${{');
  });

  it('lets the bot send files: the export and the summary go through the file-consent flow, which needs supportsFiles', () => {
    expect((manifest.bots[0] as { supportsFiles?: boolean }).supportsFiles).toBe(true);
  });

  it('has a 192x192 colour icon and a 32x32 white-on-transparent outline icon', () => {
    const color = readRgbaPng(entry('color.png'));
    const outline = readRgbaPng(entry('outline.png'));

    expect([color.width, color.height]).toEqual([192, 192]);
    expect(color.pixels.every(([, , , a]) => a === 255)).toBe(true);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    const visible = outline.pixels.filter(([, , , a]) => a > 0);
    expect(visible.length).toBeGreaterThan(50);
    expect(visible.every(([r, g, b]) => r === 255 && g === 255 && b === 255)).toBe(true);
    expect(outline.pixels.some(([, , , a]) => a === 0)).toBe(true);
  });

  it('refuses to build without MicrosoftAppId, or with one that is not a GUID', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'teams-package-'));
    try {
      const missing = runBuild({}, dir);
      const malformed = runBuild({ MicrosoftAppId: 'not-a-guid' }, dir);

      expect(missing.status).not.toBe(0);
      expect(missing.stderr).toContain('MicrosoftAppId');
      expect(malformed.status).not.toBe(0);
      expect(fs.existsSync(path.join(dir, 'app-package.zip'))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('builds the same bytes twice (reproducible package)', () => {
    const again = fs.mkdtempSync(path.join(os.tmpdir(), 'teams-package-'));
    try {
      execFileSync(process.execPath, [BUILD_SCRIPT], { env: { PATH: process.env.PATH ?? '', TEAMS_PACKAGE_OUT: again, MicrosoftAppId: BOT_ID, BOT_DOMAIN: 'fw-bot.azurewebsites.net' }, stdio: 'pipe' });
      expect(fs.readFileSync(path.join(again, 'app-package.zip')).equals(fs.readFileSync(path.join(outDir, 'app-package.zip')))).toBe(true);
    } finally {
      fs.rmSync(again, { recursive: true, force: true });
    }
  });
});
