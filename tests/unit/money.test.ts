import { describe, expect, it } from 'vitest';
import { describeRange, formatAmount, formatRange } from '../../src/components/money';
import { roles } from '../../src/content/roles';

describe('money formatting', () => {
  const ranges = roles.flatMap((role) => [role.salary?.uk, role.salary?.us].flatMap((range) => (range ? [range] : [])));

  it('prints every salary range exactly as the source prints it', () => {
    expect(ranges).toHaveLength(16);
    for (const range of ranges) expect(formatRange(range)).toBe(range.asPrinted);
  });

  it('spells ranges out for screen readers, open tops as "or more"', () => {
    const research = roles.find((role) => role.id === 'ai-research-scientist')?.salary?.uk;
    expect(research && describeRange(research)).toBe('£80,000 to £150,000 or more a year');
  });

  it('writes a figure that is not whole thousands in full rather than rounding it', () => {
    expect(formatAmount(65_500, 'GBP')).toBe('£65,500');
    expect(formatAmount(140_000, 'USD')).toBe('$140K');
  });
});
