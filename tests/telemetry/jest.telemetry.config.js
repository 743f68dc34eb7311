/**
 * The telemetry test in a jest run of its own: the Azure Monitor distro keeps timers (its settings
 * poller) past its shutdown, and in a shared worker their requests would reach the next test file.
 * Run: npx jest -c tests/telemetry/jest.telemetry.config.js
 * @type {import('jest').Config}
 */
module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/telemetry'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testTimeout: 60000,
  maxWorkers: 1,
};
