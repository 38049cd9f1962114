import type enUS from './locales/en-US.json';

// en-US is the reference locale: every t() key is checked against it at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof enUS };
  }
}
