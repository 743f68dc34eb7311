/**
 * End-to-end tests: a real bot (npm start), the Agents Playground and headless Chromium.
 * Run: npx jest -c tests/e2e/jest.e2e.config.js   (needs /usr/bin/chromium or CHROMIUM_PATH)
 * @type {import('jest').Config}
 */
module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testTimeout: 240000,
  maxWorkers: 1,
};
