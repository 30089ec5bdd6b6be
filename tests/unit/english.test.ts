import { describe, expect, it } from 'vitest';
import { listOf, ordinal } from '../../src/components/english';

// The hand-written forms must read exactly as the platform's en-GB formatters would.
describe('English lists and ordinals', () => {
  const list = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });
  const ordinalRules = new Intl.PluralRules('en-GB', { type: 'ordinal' });
  const SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

  it('joins 0 to 6 items as Intl.ListFormat does', () => {
    const names = ['ML Engineer', 'Data Scientist', 'MLOps Engineer', 'AI Engineer (LLM)', 'AI Product Manager', 'Analyst'];
    for (let count = 0; count <= names.length; count += 1) {
      const items = names.slice(0, count);
      expect(listOf(items)).toBe(list.format(items));
    }
  });

  it('writes every ordinal from 0 to 250 as Intl.PluralRules names it', () => {
    for (let rank = 0; rank <= 250; rank += 1) {
      expect(ordinal(rank)).toBe(`${rank}${SUFFIX[ordinalRules.select(rank)]}`);
    }
  });
});
