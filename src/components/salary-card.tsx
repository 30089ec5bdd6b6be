import type { Role, SalaryRange } from '../content/types';
import { m } from '../i18n';
import { describeRange, formatRange, NO_SALARY_FIGURE } from './money';
import { RangeBar } from './range-bar';
import { SourceLine } from './source-line';

/**
 * A range as printed ("£65K–£120K") and spelled out for screen readers; the one way a
 * salary figure is shown. `card` (salary cards, the comparison) sets it in bold over its
 * bar on the shared scale; `inline` (one-line lists) gives the figure alone.
 */
export function SalaryFigure({ range, variant = 'card' }: { range: SalaryRange | null; variant?: 'card' | 'inline' }) {
  const card = variant === 'card';
  if (!range) return <span className={card ? 'salary-row__none' : 'muted'}>{NO_SALARY_FIGURE}</span>;
  return (
    <>
      <span className={card ? 'salary-row__figure' : undefined} aria-hidden="true">
        {formatRange(range)}
      </span>
      <span className="visually-hidden">{describeRange(range)}</span>
      {card ? <RangeBar range={range} /> : null}
    </>
  );
}

function SalaryRow({ label, range }: { label: string; range: SalaryRange | null }) {
  return (
    <div className="salary-row">
      <dt>{label}</dt>
      <dd>
        <SalaryFigure range={range} />
      </dd>
    </div>
  );
}

/** UK £ and US $ ranges with their source, or a plain statement that the sources give none. */
export function SalaryCard({ role, headingLevel = 3 }: { role: Role; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="salary-card" aria-label={m.components_salary_region({ role: role.name })}>
      <Heading className="salary-card__title">{m.components_salary_heading()}</Heading>
      {role.salary ? (
        <>
          <dl className="salary-card__rows">
            <SalaryRow label={m.components_salary_uk()} range={role.salary.uk} />
            <SalaryRow label={m.components_salary_us()} range={role.salary.us} />
          </dl>
          <SourceLine sourceId={role.salary.sourceId} />
        </>
      ) : (
        <p className="salary-card__none">{m.components_salary_none()}</p>
      )}
    </section>
  );
}
