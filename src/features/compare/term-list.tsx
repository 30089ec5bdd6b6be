import type { ReactNode } from 'react';
import { EnglishTerm } from '../../components/english-term';
import { withParts } from '../../components/message-parts';
import { listOf } from '../../i18n';

/**
 * Names the sources print in English (roles, tracks), joined as the page's language joins a
 * list ("A, B and C" / "A, B y C"), each name marked as English on other languages' pages.
 */
export function termList(names: readonly string[]): ReactNode {
  const parts = Object.fromEntries(names.map((name, index) => [`term${index}`, <EnglishTerm key={index}>{name}</EnglishTerm>]));
  return withParts((tokens: Record<string, string>) => listOf(names.map((_, index) => tokens[`term${index}`] ?? '')), parts);
}
