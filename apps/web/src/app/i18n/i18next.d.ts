import 'i18next';
import type { Translation } from './en';

// Typed keys: `t('nav.peopel')` is a compile error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translation };
  }
}
