import '@testing-library/jest-dom';
import i18n from '../app/i18n/i18n';

// Before, not after, each test: nothing is rendered yet that a language change would re-render.
beforeEach(async () => {
  window.localStorage.clear();
  await i18n.changeLanguage('en');
});
