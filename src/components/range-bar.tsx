// A salary range drawn on a shared scale. SVG geometry, not style attributes,
// so it renders the same under a strict CSP and in prerendered HTML.
import type { SalaryRange } from '../content/types';
import { SALARY_SCALE_MAX } from './salary-scale';

const WIDTH = 100;

export function RangeBar({ range }: { range: SalaryRange }) {
  const max = SALARY_SCALE_MAX[range.currency];
  const start = (range.lower / max) * WIDTH;
  const end = (range.upper / max) * WIDTH;
  return (
    <svg className="range-bar" viewBox={`0 0 ${WIDTH} 10`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect className="range-bar__track" x="0" y="3" width={WIDTH} height="4" rx="2" />
      <rect className="range-bar__range" x={start} y="1" width={end - start} height="8" rx="2" />
      {range.upperOpen ? <rect className="range-bar__open" x={end} y="1" width={WIDTH - end} height="8" rx="2" /> : null}
    </svg>
  );
}
