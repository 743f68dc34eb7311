/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // Run apart by `npm run test:telemetry` (its config says why).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/telemetry/'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testTimeout: 30000,
  maxWorkers: 2,
};
