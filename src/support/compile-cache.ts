import { enableCompileCache } from 'node:module';

/**
 * Node keeps the bytecode of every module it compiles on disk (`os.tmpdir()/node-compile-cache`, or
 * where NODE_COMPILE_CACHE says), so that a restart reads botbuilder, xstate and our code from there
 * instead of compiling them again: most of a start is compiling (bench/README.md, stop 35). The first
 * start after new code fills it. Node never fails a start over it: without a writable directory it
 * compiles as before. Imported first by src/index.ts, as only modules loaded after it are kept.
 */
enableCompileCache();
