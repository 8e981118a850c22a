import { useEffect } from 'react';
import type { Language } from '@tavla/shared';
import { DEFAULT_LANGUAGE } from '@tavla/shared/domain';
import { pickLanguage } from '@tavla/shared/i18n';

/** The phone's language: the browser's when it is Swedish or English, else the board's. */
export const phoneLanguage = (boardLanguage: Language = DEFAULT_LANGUAGE): Language =>
  pickLanguage(navigator.languages, boardLanguage);

export function useDocumentLanguage(language: Language, title: string): void {
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = title;
  }, [language, title]);
}
