import type { ReactNode } from 'react';
import { WORDS_ARE_ENGLISH } from '../i18n';

/**
 * A fact the sources print in English (a skill, track or role name, a source's title), kept as
 * printed on every language's pages: marked lang="en" where the page is in another language, so
 * screen readers pronounce it in English.
 */
export function EnglishTerm({ children }: { children: ReactNode }) {
  return WORDS_ARE_ENGLISH ? <>{children}</> : <span lang="en">{children}</span>;
}
