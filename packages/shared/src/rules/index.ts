export * from './dates';
export * from './risk-order';
