// ESM because apps/web/package.json says "type": "module"; jest.swc.js is CommonJS and imports as its default.
import base from '../../jest.swc.js';

const [[pattern, [transformer, swc]]] = Object.entries(base.transform);

/** @type {import('jest').Config} */
export default {
  ...base,
  displayName: 'web',
  rootDir: import.meta.dirname,
  transform: {
    [pattern]: [
      transformer,
      {
        ...swc,
        jsc: {
          ...swc.jsc,
          // react-router reads `import.meta.hot` (Vite HMR), which CommonJS cannot parse.
          transform: {
            ...swc.jsc.transform,
            optimizer: { globals: { vars: { 'import.meta.hot': 'undefined' } } },
          },
        },
      },
    ],
  },
  // react-router 8 and its dependencies ship ESM only; transform them like our own code.
  transformIgnorePatterns: ['/node_modules/(?!(react-router|@remix-run|cookie-es)/)'],
  // jsdom plus Node's fetch primitives (see the file for why).
  testEnvironment: '<rootDir>/jest.environment.cjs',
  testMatch: ['<rootDir>/src/**/*.spec.{ts,tsx}'],
  setupFilesAfterEnv: ['<rootDir>/src/testing/setup-tests.ts'],
  moduleNameMapper: {
    '^@regiokracht/shared$': '<rootDir>/../../packages/shared/src/index.ts',
    '\\.css$': '<rootDir>/src/testing/style-mock.ts',
  },
};
