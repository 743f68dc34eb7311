// tsc never deletes what it emitted for a source that is gone. A stale dist/src/language/red-flags.js
// would shadow the folder dist/src/language/red-flags/ that replaced it (Node resolves the file
// first), so the bot would run code that no longer exists. This removes every emitted file whose
// source is gone; the rest of dist, and tsc's incremental build info, stay.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(process.argv[2] ?? '.');
const dist = path.join(root, 'dist');
const EMITTED = /\.(js|js\.map|d\.ts|d\.ts\.map)$/;

function prune(dir) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      prune(full);
      if (fs.readdirSync(full).length === 0) fs.rmdirSync(full);
      continue;
    }
    if (!EMITTED.test(entry.name)) continue;
    const source = path.join(root, path.relative(dist, full)).replace(EMITTED, '.ts');
    if (!fs.existsSync(source)) fs.rmSync(full);
  }
}

for (const top of ['src', 'dialogs']) prune(path.join(dist, top));
