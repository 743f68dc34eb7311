import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SCRIPT = path.resolve(__dirname, '..', '..', 'scripts', 'prune-dist.mjs');

describe('the build leaves no output of a source that is gone', () => {
  it('removes what tsc emitted for deleted sources, so a stale file cannot shadow the folder that replaced it', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'prune-dist-'));
    const write = (file: string) => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), '');
    };
    for (const file of ['src/language/red-flags/index.ts', 'dialogs/turn.ts']) write(file);
    const kept = ['dist/src/language/red-flags/index.js', 'dist/src/language/red-flags/index.js.map', 'dist/dialogs/turn.js', 'dist/.tsbuildinfo'];
    const gone = ['dist/src/language/red-flags.js', 'dist/src/language/red-flags.js.map', 'dist/src/old/thing.js', 'dist/dialogs/removed.js'];
    for (const file of [...kept, ...gone]) write(file);

    execFileSync(process.execPath, [SCRIPT, root]);

    expect(kept.filter((file) => !fs.existsSync(path.join(root, file)))).toEqual([]);
    expect(gone.filter((file) => fs.existsSync(path.join(root, file)))).toEqual([]);
    expect(fs.existsSync(path.join(root, 'dist/src/old'))).toBe(false);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
