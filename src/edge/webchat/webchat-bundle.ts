import fs from 'node:fs';
import path from 'node:path';

/**
 * botframework-webchat exports only its module entry; the browser bundle sits in its dist folder.
 * Served from our own origin so a mother's browser contacts no third-party CDN.
 */
export function webChatBundlePath(): string {
  const entry = require.resolve('botframework-webchat');
  let dir = path.dirname(entry);
  while (path.basename(dir) !== 'botframework-webchat') {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('botframework-webchat package folder not found');
    dir = parent;
  }
  return path.join(dir, 'dist', 'webchat.js');
}

let cached: Buffer | undefined;

export function readWebChatBundle(): Buffer {
  cached ??= fs.readFileSync(webChatBundlePath());
  return cached;
}
