import fs from 'node:fs';
import path from 'node:path';

/** The project's root, whether running from src/support/ (tsx, jest) or from dist/src/support/ (npm start). */
export const PROJECT_ROOT = [path.resolve(__dirname, '..', '..'), path.resolve(__dirname, '..', '..', '..')].find((dir) => fs.existsSync(path.join(dir, 'package.json')))!;

export const PACKAGE_VERSION = (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
