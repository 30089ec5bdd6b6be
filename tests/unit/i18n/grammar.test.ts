// Each language's lists, ordinals and plural forms, held to what Intl writes for it.
import { describe, expect, it } from 'vitest';
import { grammar as english } from '../../../src/locales/en/grammar';
import { grammar as spanish } from '../../../src/locales/es/grammar';

const lists = [[], ['Python'], ['Python', 'SQL'], ['Python', 'SQL', 'MLOps'], ['A', 'B', 'C', 'D']];

describe('English grammar', () => {
  it('lists as Intl.ListFormat en-GB does', () => {
    const intl = new Intl.ListFormat('en-GB', { type: 'conjunction' });
    for (const items of lists) expect(english.listOf(items)).toBe(intl.format(items));
  });
  it('writes ordinals and plural forms as Intl.PluralRules en-GB selects them', () => {
    const ordinals = new Intl.PluralRules('en-GB', { type: 'ordinal' });
    const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th' } as Record<string, string>;
    const cardinals = new Intl.PluralRules('en-GB');
    for (let rank = 1; rank <= 120; rank += 1) {
      expect(english.ordinal(rank)).toBe(`${rank}${suffix[ordinals.select(rank)]}`);
      expect(english.pluralForm(rank)).toBe(cardinals.select(rank));
    }
    expect(english.placeText(2, true)).toBe('joint 2nd');
    expect(english.placeText(2, false)).toBe('2nd');
  });
});

describe('Spanish grammar', () => {
  it('lists as Intl.ListFormat es does, "e" before the sound i included', () => {
    const intl = new Intl.ListFormat('es', { type: 'conjunction' });
    for (const items of [...lists, ['SQL', 'Inglés'], ['SQL', 'historia'], ['SQL', 'hielo'], ['Python', 'IA']]) expect(spanish.listOf(items)).toBe(intl.format(items));
  });
  it('writes "7.º" and selects plural forms as Intl.PluralRules es does', () => {
    const cardinals = new Intl.PluralRules('es');
    for (let count = 0; count <= 120; count += 1) expect(spanish.pluralForm(count)).toBe(cardinals.select(count));
    expect(spanish.ordinal(7)).toBe('7.º');
    expect(spanish.placeText(2, false)).toBe('2.º');
    expect(spanish.placeText(2, true)).toBe('2.º empatado');
  });
});
