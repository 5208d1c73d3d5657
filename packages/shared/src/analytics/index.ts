export * from './types';
export * from './engagement';
export * from './succession';
export * from './fair-share';
export * from './anonymity';
export * from './round';
export { MS_PER_DAY } from './time';
