import { ConfigError, DEVELOPMENT_MOTHER_ID_KEY, loadConfig } from '../../src/config';

const production = { NODE_ENV: 'production', MicrosoftAppId: '00000000-1111-2222-3333-444444444444', MicrosoftAppPassword: 'secret' };
const KEY = 'k'.repeat(43);

function problemsOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
    return '';
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
}

describe('MOTHER_ID_KEY', () => {
  it('is the documented development key outside production, unless one is given', () => {
    expect(loadConfig({}).motherIdKey).toBe(DEVELOPMENT_MOTHER_ID_KEY);
    expect(loadConfig({ MOTHER_ID_KEY: 'mine' }).motherIdKey).toBe('mine');
  });

  it('is required in production, and is then what it says', () => {
    expect(problemsOf(production)).toMatch(/MOTHER_ID_KEY is required when NODE_ENV=production/);
    expect(loadConfig({ ...production, MOTHER_ID_KEY: KEY }).motherIdKey).toBe(KEY);
  });

  it.each([
    [DEVELOPMENT_MOTHER_ID_KEY, /must not be the development key/],
    ['too-short-for-a-key', /at least 32 characters/],
    ['@Microsoft.KeyVault(VaultName=ammeuke-kv-abc;SecretName=MotherIdKey)', /unresolved Key Vault reference/],
  ])('refuses %s in production', (key, problem) => {
    expect(problemsOf({ ...production, MOTHER_ID_KEY: key })).toMatch(problem);
  });
});
