// jsdom implements no fetch API, but React Router's data routers build a `Request` for every
// navigation and the tests hand `Response` objects to a mocked `fetch`. Node 20 has all of them;
// expose Node's versions together with its AbortController, because Node's `Request` rejects
// jsdom's AbortSignal.
const { TestEnvironment } = require('jest-environment-jsdom');

const FROM_NODE = [
  'fetch',
  'Request',
  'Response',
  'Headers',
  'AbortController',
  'AbortSignal',
  'ReadableStream',
  'TextEncoder',
  'TextDecoder',
  'structuredClone',
];

class JsdomWithFetchEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of FROM_NODE) this.global[name] = globalThis[name];
  }
}

module.exports = JsdomWithFetchEnvironment;
