import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { allStrings, callsOf, isBalanced, literal } from './arm-expressions';
import { main, minimumNodeMajor, nodeFlags, npmStartRunCommand, startCommandLine } from './start-command';

const AZURE = path.resolve(__dirname, '..', '..', 'deployment', 'azure');

interface ArmResource {
  type: string;
  apiVersion: string;
  name: string;
  properties?: Record<string, unknown>;
  dependsOn?: string[];
  [key: string]: unknown;
}
interface ArmTemplate {
  parameters: Record<string, unknown>;
  variables: Record<string, unknown>;
  resources: ArmResource[];
  outputs: Record<string, unknown>;
}

const template = JSON.parse(fs.readFileSync(path.join(AZURE, 'azuredeploy.json'), 'utf8')) as ArmTemplate;
const bicep = fs.readFileSync(path.join(AZURE, 'main.bicep'), 'utf8');
const expressions = allStrings(template).filter((s) => s.startsWith('[') && s.endsWith(']'));
const types = new Set(template.resources.map((r) => r.type));

/** Node 24 LTS, the platform the bot runs on (package.json engines accepts 22 and later). */
const NODE_STACK = 'NODE|24-lts';

function siteConfig(): Record<string, string> {
  return one('Microsoft.Web/sites').properties?.siteConfig as Record<string, string>;
}

/** The single-quoted value of `key: '...'` in main.bicep (exactly one). */
function bicepString(key: string): string {
  const values = [...bicep.matchAll(new RegExp(`^\\s*${key}: '([^']*)'$`, 'gm'))].map((m) => m[1]);
  if (values.length !== 1) throw new Error(`expected exactly one ${key} in main.bicep, found ${values.length}`);
  return values[0] as string;
}

/**
 * Runs an App Service startup command the way App Service Linux does (Oryx writes it into a /bin/sh
 * script after `PATH="$PATH:<app dir>"`), with a stand-in `node` first on PATH that reports the
 * arguments it was started with.
 */
function runAsAppService(commandLine: string): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'app-command-line-'));
  try {
    const fakeNode = path.join(dir, 'node');
    fs.writeFileSync(fakeNode, '#!/bin/sh\nfor a in "$@"; do echo "$a"; done\n', { mode: 0o755 });
    const script = path.join(dir, 'startup.sh');
    const appDir = path.resolve(__dirname, '..', '..');
    fs.writeFileSync(script, `#!/bin/sh\ncd "${appDir}"\nPATH="${dir}:$PATH"\nPATH="$PATH:${appDir}" ${commandLine}\n`);
    return execFileSync('sh', [script], { encoding: 'utf8' })
      .split('\n')
      .filter((a) => a !== '');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function resourcesOfType(type: string): ArmResource[] {
  return template.resources.filter((r) => r.type === type);
}

function one(type: string): ArmResource {
  const [resource, ...rest] = resourcesOfType(type);
  if (!resource || rest.length > 0) throw new Error(`expected exactly one ${type}`);
  return resource;
}

describe('deployment/azure/azuredeploy.json (structure)', () => {
  it('gives every resource a type, an apiVersion and a name', () => {
    for (const resource of template.resources) {
      expect(resource.type).toMatch(/^Microsoft\.[A-Za-z]+\/[A-Za-z/]+$/);
      expect(resource.apiVersion).toMatch(/^\d{4}-\d{2}-\d{2}(-preview)?$/);
      expect(typeof resource.name).toBe('string');
    }
  });

  it('writes every expression with balanced brackets and quotes', () => {
    expect(expressions.filter((e) => !isBalanced(e))).toEqual([]);
  });

  it('refers only to parameters and variables it defines', () => {
    const parameters = expressions.flatMap((e) => callsOf(e, 'parameters')).map((c) => literal(c.args[0]));
    const variables = expressions.flatMap((e) => callsOf(e, 'variables')).map((c) => literal(c.args[0]));
    expect(parameters.length).toBeGreaterThan(5);
    expect(parameters.filter((name) => !name || !(name in template.parameters))).toEqual([]);
    expect(variables.filter((name) => !name || !(name in template.variables))).toEqual([]);
  });

  it('builds resource ids for types in the template, with one name per type segment', () => {
    const ids = expressions.flatMap((e) => callsOf(e, 'resourceId'));
    for (const { args } of ids) {
      const type = literal(args[0]);
      expect(type && types.has(type)).toBe(true);
      expect(args.length - 1).toBe((type ?? '').split('/').length - 1);
    }
  });

  it('depends only on resources declared in the template', () => {
    for (const resource of template.resources) {
      for (const target of resource.dependsOn ?? []) {
        const [outer] = [...callsOf(target, 'extensionResourceId'), ...callsOf(target, 'resourceId')];
        const targetType = target.includes('extensionResourceId(') ? literal(outer?.args[1]) : literal(outer?.args[0]);
        expect({ from: resource.type, to: targetType, known: targetType !== undefined && types.has(targetType) }).toEqual({
          from: resource.type,
          to: targetType,
          known: true,
        });
      }
    }
  });

  it('waits for every resource it reads with reference()', () => {
    for (const resource of template.resources) {
      const read = allStrings(resource.properties ?? {})
        .flatMap((e) => callsOf(e, 'reference'))
        .map((c) => c.args[0] ?? '');
      const dependsOn = resource.dependsOn ?? [];
      for (const target of read) expect(dependsOn).toContain(`[${target}]`);
    }
  });
});

describe('deployment/azure (what gets deployed)', () => {
  it('has a serverless NoSQL Cosmos DB account without keys, and a container keyed by /id with TTL on', () => {
    const account = one('Microsoft.DocumentDB/databaseAccounts');
    const container = one('Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers');
    expect(account.kind).toBe('GlobalDocumentDB');
    expect(account.properties?.capabilities).toEqual([{ name: 'EnableServerless' }]);
    expect(account.properties?.disableLocalAuth).toBe(true);
    expect(container.properties?.resource).toMatchObject({ partitionKey: { paths: ['/id'] }, defaultTtl: -1 });
  });

  it('lets the app identity read and write Cosmos DB data and read Key Vault secrets', () => {
    const cosmosRole = one('Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments');
    const vaultRole = one('Microsoft.Authorization/roleAssignments');
    expect(String(cosmosRole.properties?.roleDefinitionId)).toContain("sqlRoleDefinitions/{1}");
    expect(template.variables.cosmosDataContributorRoleId).toBe('00000000-0000-0000-0000-000000000002');
    expect(String(cosmosRole.properties?.principalId)).toContain('Microsoft.ManagedIdentity/userAssignedIdentities');
    expect(template.variables.keyVaultSecretsUserRoleId).toBe('4633458b-17de-408a-b874-0445c86b69e6');
    expect(String(vaultRole.properties?.principalId)).toContain('Microsoft.ManagedIdentity/userAssignedIdentities');
  });

  it('runs the bot on Linux Node 24 LTS with the settings the bot reads, secrets from Key Vault', () => {
    const config = siteConfig();
    const settings = config.appSettings ?? '';
    expect(config.linuxFxVersion).toBe(NODE_STACK);
    expect(Number(/^NODE\|(\d+)-lts$/.exec(NODE_STACK)?.[1])).toBeGreaterThanOrEqual(minimumNodeMajor);
    expect(config.healthCheckPath).toBe('/healthz');
    for (const name of ['STORAGE', 'COSMOS_ENDPOINT', 'COSMOS_DATABASE', 'MicrosoftAppId', 'MicrosoftAppType', 'MicrosoftAppTenantId', 'NODE_ENV', 'APPLICATIONINSIGHTS_CONNECTION_STRING', 'MOTHER_ID_KEY']) {
      expect(settings).toContain(`'name', '${name}'`);
    }
    expect(settings).toContain("'STORAGE', 'value', 'cosmos'");
    expect(settings).toContain("'NODE_ENV', 'value', 'production'");
    expect(settings).not.toContain('COSMOS_KEY');
    expect(settings).toContain('@Microsoft.KeyVault(VaultName={0};SecretName=MicrosoftAppPassword)');
    expect(settings).toContain('@Microsoft.KeyVault(VaultName={0};SecretName=DirectLineSecret)');
    expect(settings).toContain("'MOTHER_ID_KEY', 'value', format('@Microsoft.KeyVault(VaultName={0};SecretName=MotherIdKey)', variables('keyVaultName'))");
    expect(template.parameters.microsoftAppPassword).toMatchObject({ type: 'securestring' });
    expect(template.parameters.directLineSecret).toMatchObject({ type: 'securestring' });
  });

  it('keeps the key of her id in Key Vault (MotherIdKey), written only when given, so a later deployment never replaces it', () => {
    expect(template.parameters.motherIdKey).toMatchObject({ type: 'securestring', defaultValue: '' });
    const secret = resourcesOfType('Microsoft.KeyVault/vaults/secrets').find((r) => r.name.includes("'MotherIdKey'"));
    expect(secret).toMatchObject({
      name: "[format('{0}/{1}', variables('keyVaultName'), 'MotherIdKey')]",
      condition: "[not(empty(parameters('motherIdKey')))]",
      properties: { value: "[parameters('motherIdKey')]" },
    });
    expect(one('Microsoft.Web/sites').dependsOn).toContain("[resourceId('Microsoft.KeyVault/vaults/secrets', variables('keyVaultName'), 'MotherIdKey')]");
    // The key itself never becomes an app setting, only the reference to it.
    expect(siteConfig().appSettings).not.toContain("parameters('motherIdKey')");
  });

  it('starts the bot with what npm start runs: package.json config.nodeFlags and main', () => {
    // The command the deployments are held to is the one npm start runs once it has built.
    expect(startCommandLine).toBe(npmStartRunCommand());
    expect(siteConfig().appCommandLine).toBe(startCommandLine);
  });

  it('gives node the V8 flags and the entry point when App Service runs the startup command', () => {
    expect(runAsAppService(siteConfig().appCommandLine ?? '')).toEqual([...nodeFlags, main]);
  });

  it('registers an Azure Bot at https://<app>/api/messages with Teams, Web Chat and Direct Line', () => {
    const bot = one('Microsoft.BotService/botServices');
    expect(bot.properties?.endpoint).toMatch(/^\[format\('https:\/\/\{0\}\/api\/messages', reference\(resourceId\('Microsoft\.Web\/sites'/);
    const channels = resourcesOfType('Microsoft.BotService/botServices/channels').map((c) => c.properties?.channelName);
    expect(channels.sort()).toEqual(['DirectLineChannel', 'MsTeamsChannel', 'WebChatChannel']);
    expect(types.has('Microsoft.Insights/components')).toBe(true);
    expect(types.has('Microsoft.KeyVault/vaults')).toBe(true);
  });
});

describe('deployment/azure/main.bicep matches azuredeploy.json', () => {
  it('declares the same parameters', () => {
    const bicepParameters = [...bicep.matchAll(/^param (\w+) /gm)].map((m) => m[1]);
    expect(bicepParameters.sort()).toEqual(Object.keys(template.parameters).sort());
  });

  it('deploys the same resource types and API versions', () => {
    const bicepTypes = new Set([...bicep.matchAll(/^resource \w+ '([^@']+)@([^']+)'/gm)].map((m) => `${m[1]}@${m[2]}`));
    const armTypes = new Set(template.resources.map((r) => `${r.type}@${r.apiVersion}`));
    expect([...bicepTypes].sort()).toEqual([...armTypes].sort());
  });

  it('runs the same Node stack with the same startup command (what npm start runs)', () => {
    expect(bicepString('linuxFxVersion')).toBe(NODE_STACK);
    expect(bicepString('appCommandLine')).toBe(startCommandLine);
    expect(bicepString('appCommandLine')).toBe(siteConfig().appCommandLine);
  });

  it('keeps the key of her id in Key Vault the same way', () => {
    expect(bicep).toMatch(/@secure\(\)\nparam motherIdKey string = ''\n/);
    expect(bicep).toMatch(/resource motherIdKeySecret 'Microsoft\.KeyVault\/vaults\/secrets@2023-07-01' = if \(!empty\(motherIdKey\)\) \{\n {2}parent: keyVault\n {2}name: 'MotherIdKey'\n {2}properties: \{ value: motherIdKey \}\n\}/);
    expect(bicep).toContain("{ name: 'MOTHER_ID_KEY', value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=MotherIdKey)' }");
    expect(bicep).toMatch(/dependsOn: \[[^\]]*\bmotherIdKeySecret\b/);
  });

  it('has the same outputs and the same container settings', () => {
    const bicepOutputs = [...bicep.matchAll(/^output (\w+) /gm)].map((m) => m[1]);
    expect(bicepOutputs.sort()).toEqual(Object.keys(template.outputs).sort());
    expect(bicep).toContain("capabilities: [{ name: 'EnableServerless' }]");
    expect(bicep).toContain("partitionKey: { paths: ['/id'], kind: 'Hash' }");
    expect(bicep).toContain('defaultTtl: -1');
  });
});
