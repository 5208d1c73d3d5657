export * from './enums';
export * from './api/common';
export * from './api/auth';
export * from './api/coalitions';
export * from './analytics';
