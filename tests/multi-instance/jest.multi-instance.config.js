/**
 * Several bot processes (node dist/src/index.js) on one Cosmos DB protocol server: about a
 * minute of three processes on a shared machine, so it runs apart from `npm test`.
 * Run: npx jest -c tests/multi-instance/jest.multi-instance.config.js
 * @type {import('jest').Config}
 */
module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/multi-instance'],
  testMatch: ['**/*.multi.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testTimeout: 120000,
  maxWorkers: 1,
};
