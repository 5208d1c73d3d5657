import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, LANGUAGE_NAMES, LANGUAGES } from '../i18n/i18n';

export function LanguageSwitch() {
  const { t } = useTranslation(); // re-renders on a language change
  const active = currentLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          className="language-switch__option"
          aria-pressed={language === active}
          onClick={() => void changeLanguage(language)}
        >
          {language.toUpperCase()}
          <span className="visually-hidden" lang={language}>
            {` ${LANGUAGE_NAMES[language]}`}
          </span>
        </button>
      ))}
    </div>
  );
}
