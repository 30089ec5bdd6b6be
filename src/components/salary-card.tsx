import type { Role, SalaryRange } from '../content/types';
import { describeRange, formatRange } from './money';
import { RangeBar } from './range-bar';
import { SourceLine } from './source-line';

/** A range as printed ("£65K–£120K"), spelled out for screen readers, with its bar. */
export function SalaryFigure({ range }: { range: SalaryRange | null }) {
  if (!range) return <span className="salary-row__none">No figure in our sources</span>;
  return (
    <>
      <span className="salary-row__figure" aria-hidden="true">
        {formatRange(range)}
      </span>
      <span className="visually-hidden">{describeRange(range)}</span>
      <RangeBar range={range} />
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
    <section className="salary-card" aria-label={`Salary: ${role.name}`}>
      <Heading className="salary-card__title">Salary</Heading>
      {role.salary ? (
        <>
          <dl className="salary-card__rows">
            <SalaryRow label="UK" range={role.salary.uk} />
            <SalaryRow label="US" range={role.salary.us} />
          </dl>
          <SourceLine sourceId={role.salary.sourceId} />
        </>
      ) : (
        <p className="salary-card__none">No figure in our sources: neither article gives a salary for this role.</p>
      )}
    </section>
  );
}
