// Builds the Teams app package: manifest.json (bot id from MicrosoftAppId), icons and
// localization files, zipped into deployment/teams/build/app-package.zip.
//
//   MicrosoftAppId=<guid> BOT_DOMAIN=<app>.azurewebsites.net node deployment/teams/build-package.mjs
//
// Optional: TEAMS_APP_ID (default: MicrosoftAppId), APP_VERSION (default: package.json version),
// DEVELOPER_NAME, DEVELOPER_WEBSITE_URL, PRIVACY_URL, TERMS_OF_USE_URL (default: https://BOT_DOMAIN/),
// TEAMS_PACKAGE_OUT (default: deployment/teams/build).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createZip } from './zip.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const PLACEHOLDER = /\$\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}/g;
const ICONS = ['color.png', 'outline.png'];

function fail(message) {
  console.error(`build-package: ${message}`);
  process.exit(1);
}

function hostOf(domainOrUrl) {
  const trimmed = domainOrUrl.trim();
  if (trimmed === '') return '';
  return trimmed.includes('://') ? new URL(trimmed).host : trimmed.replace(/\/.*$/, '');
}

function settingsFrom(env) {
  const botId = (env.MicrosoftAppId ?? '').trim();
  if (botId === '') fail('MicrosoftAppId is not set. It is the bot identity (an Entra app id) the Teams app talks to.');
  if (!GUID.test(botId)) fail('MicrosoftAppId must be a GUID (the Application (client) ID of the bot identity).');

  const teamsAppId = (env.TEAMS_APP_ID ?? '').trim() || botId;
  if (!GUID.test(teamsAppId)) fail('TEAMS_APP_ID must be a GUID.');

  const domain = hostOf(env.BOT_DOMAIN ?? '');
  const site = domain ? `https://${domain}/` : 'https://example.org/';
  if (!domain) console.warn('build-package: BOT_DOMAIN is not set; validDomains stays empty and the developer URLs point to example.org.');
  const packageVersion = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;

  return {
    values: {
      MicrosoftAppId: botId,
      TEAMS_APP_ID: teamsAppId,
      APP_VERSION: env.APP_VERSION || packageVersion,
      DEVELOPER_NAME: env.DEVELOPER_NAME || 'Første ammeuke',
      DEVELOPER_WEBSITE_URL: env.DEVELOPER_WEBSITE_URL || site,
      PRIVACY_URL: env.PRIVACY_URL || env.DEVELOPER_WEBSITE_URL || site,
      TERMS_OF_USE_URL: env.TERMS_OF_USE_URL || env.DEVELOPER_WEBSITE_URL || site,
      BOT_DOMAIN: domain,
    },
    outDir: path.resolve(env.TEAMS_PACKAGE_OUT || path.join(HERE, 'build')),
  };
}

function fillPlaceholders(node, values) {
  if (typeof node === 'string') {
    return node.replace(PLACEHOLDER, (_, name) => {
      if (!(name in values)) fail(`no value for placeholder ${name}`);
      return values[name];
    });
  }
  if (Array.isArray(node)) return node.map((item) => fillPlaceholders(item, values)).filter((item) => item !== '');
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, fillPlaceholders(value, values)]));
  }
  return node;
}

export function buildManifest(env) {
  const { values } = settingsFrom(env);
  const template = JSON.parse(fs.readFileSync(path.join(HERE, 'manifest.template.json'), 'utf8'));
  return fillPlaceholders(template, values);
}

function localizationFiles(manifest) {
  return (manifest.localizationInfo?.additionalLanguages ?? []).map((language) => language.file);
}

export function buildPackage(env) {
  const { outDir } = settingsFrom(env);
  const manifest = buildManifest(env);
  const entries = [{ name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) }];
  for (const file of [...ICONS, ...localizationFiles(manifest)]) {
    const source = path.join(HERE, file);
    if (!fs.existsSync(source)) fail(`${file} is missing in ${HERE}${ICONS.includes(file) ? ' (node deployment/teams/make-icons.mjs draws the icons)' : ''}`);
    entries.push({ name: file, data: fs.readFileSync(source) });
  }
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'manifest.json'), entries[0].data);
  const zipPath = path.join(outDir, 'app-package.zip');
  fs.writeFileSync(zipPath, createZip(entries));
  return { zipPath, files: entries.map((entry) => entry.name) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { zipPath, files } = buildPackage(process.env);
  console.log(`Teams app package: ${zipPath} (${files.join(', ')})`);
  console.log('Upload it in Teams: Apps > Manage your apps > Upload an app > Upload a custom app.');
}
