import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Joins names the reader's way: "A, B and C" / "A, B en C". */
export function useListFormat(): (items: string[]) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const formatter = new Intl.ListFormat(language.startsWith('nl') ? 'nl-NL' : 'en-GB', {
      type: 'conjunction',
    });
    return (items: string[]) => formatter.format(items);
  }, [language]);
}
