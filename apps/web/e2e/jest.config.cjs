const base = require('../../../jest.swc.js');

// Browser journeys against the running app (started by scripts/e2e.mjs).
module.exports = {
  ...base,
  displayName: 'e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.e2e.ts'],
  testTimeout: 90000,
  testSequencer: '<rootDir>/sequencer.cjs',
  moduleNameMapper: {
    '^@regiokracht/shared$': '<rootDir>/../../../packages/shared/src/index.ts',
  },
};
