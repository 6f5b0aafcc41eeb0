/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  globalSetup: '<rootDir>/test/global-setup.js',
  // The CLI tests wait on the built bin in a child process; on a busy two-core runner its start
  // alone can pass jest's 5 s default, which failed a FIFO test once while other jobs ran.
  testTimeout: 30_000,
};
