/** Injection token of the AppConfig (config.ts) the application was started with. */
export const APP_CONFIG = Symbol('APP_CONFIG');
