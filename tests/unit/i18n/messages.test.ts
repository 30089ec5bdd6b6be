// Every language has every message, none empty, each with the same inputs as English, and
// variants for every plural form: a gap or a mismatched placeholder fails here rather than on a page.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages } from '../../../scripts/build/languages.mjs';

type Variant = { declarations?: string[]; selectors?: string[]; match: Record<string, string> };
type Message = string | Variant[];

const MESSAGES = join(__dirname, '../../../messages');
const [base, ...others] = languages().map(({ locale }) => locale);
const areas = readdirSync(join(MESSAGES, base!)).filter((file) => file.endsWith('.json'));
const read = (locale: string, area: string): Record<string, Message> => JSON.parse(readFileSync(join(MESSAGES, locale, area), 'utf8'));

/** The placeholders of a text: "{count} skills" → ["count"]. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const texts = (message: Message): string[] => (typeof message === 'string' ? [message] : message.flatMap((variant) => Object.values(variant.match)));
const inputs = (message: Message) => [...new Set(texts(message).flatMap(placeholders))].sort();
const declared = (message: Message) => (typeof message === 'string' ? [] : [...new Set(message.flatMap((variant) => variant.declarations ?? []))].sort());

/**
 * Whether a message's variants cover every plural form of every selector ('*' covers all):
 * a language may select on more than English does (Spanish agrees two counts), never on less.
 */
function coversEveryForm(message: Message): boolean {
  if (typeof message === 'string') return true;
  const selectors = message[0]?.selectors ?? [];
  const keys = message.flatMap((variant) => Object.keys(variant.match).map((key) => Object.fromEntries(key.split(/,\s*/).map((part) => part.split('=')))));
  const combinations = selectors.reduce<Record<string, string>[]>((sofar, selector) => sofar.flatMap((combo) => ['one', 'other'].map((form) => ({ ...combo, [selector]: form }))), [{}]);
  return combinations.every((combo) => keys.some((key) => selectors.every((selector) => key[selector] === '*' || key[selector] === combo[selector])));
}

describe('messages', () => {
  it('has the base language’s areas in every language', () => {
    expect(areas.length).toBeGreaterThan(0);
    for (const locale of others) expect(readdirSync(join(MESSAGES, locale)).filter((file) => file.endsWith('.json')).sort(), locale).toEqual([...areas].sort());
  });

  for (const area of areas) {
    const english = read(base!, area);
    it(`${area}: every message is named for its area and has words`, () => {
      const prefix = `${area.replace(/\.json$/, '').replaceAll('-', '_')}_`;
      for (const [key, message] of Object.entries(english)) {
        expect(key.startsWith(prefix), key).toBe(true);
        expect(coversEveryForm(message), key).toBe(true);
        for (const text of texts(message)) expect(text.trim(), key).not.toBe('');
      }
    });

    for (const locale of others) {
      it(`${area}: ${locale} has every message, with the same inputs and plural forms`, () => {
        const translated = read(locale, area);
        expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
        for (const [key, message] of Object.entries(english)) {
          const other = translated[key]!;
          for (const text of texts(other)) expect(text.trim(), `${locale} ${key}`).not.toBe('');
          expect(inputs(other), `${locale} ${key}`).toEqual(inputs(message));
          expect(declared(other), `${locale} ${key}`).toEqual(declared(message));
          expect(coversEveryForm(other), `${locale} ${key}`).toBe(true);
        }
      });
    }
  }
});
