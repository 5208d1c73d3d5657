const base = require('../../jest.swc.js');

module.exports = {
  ...base,
  displayName: 'api',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  moduleNameMapper: {
    '^@regiokracht/shared$': '<rootDir>/../../packages/shared/src/index.ts',
  },
  globalSetup: '<rootDir>/test/utils/global-setup.ts',
  // Integration tests boot Nest and a database per file; PGlite needs a moment to start.
  testTimeout: 60000,
};
