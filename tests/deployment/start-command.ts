/** What `npm start` runs, read from package.json, for the deployment tests to hold the deployments to it. */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

interface PackageJson {
  main: string;
  engines: { node: string };
  scripts: { start: string };
  config: { nodeFlags: string };
}

export const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as PackageJson;

function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}

/** config.nodeFlags, one flag a word. */
export const nodeFlags: string[] = words(pkg.config.nodeFlags);
/** The compiled entry point. */
export const main: string = pkg.main;

/** The command line that starts the built bot: `node <nodeFlags> <main>`. */
export const startCommandLine: string = ['node', ...nodeFlags, main].join(' ');

/** The lowest Node major version package.json's engines.node accepts (">=22" -> 22). */
export const minimumNodeMajor: number = Number(/^>=\s*(\d+)/.exec(pkg.engines.node)?.[1] ?? NaN);

/**
 * The last command of scripts.start (the one after the build), with npm's
 * $npm_package_config_* and $npm_package_main expanded as npm expands them.
 */
export function npmStartRunCommand(): string {
  const last = pkg.scripts.start.split('&&').pop() ?? '';
  const expanded = last
    .replace(/\$\{?npm_package_config_(\w+)\}?/g, (_, name: string) => (pkg.config as unknown as Record<string, string>)[name] ?? '')
    .replace(/\$\{?npm_package_main\}?/g, pkg.main);
  return words(expanded).join(' ');
}
