// A native disclosure for what only some readers need (GOV.UK's details pattern): closed as the
// page opens, opened by its summary with the keyboard or a tap, found by the browser's find in
// page, and printed open (global.css). Never put one inside another.
import type { ReactNode } from 'react';

interface DisclosureProps {
  readonly summary: ReactNode;
  readonly children: ReactNode;
  /** The target of in-page links to it. */
  readonly id?: string;
  /** Extra classes, e.g. to lay out a page's list of disclosures or to leave one out of print. */
  readonly className?: string;
}

export function Disclosure({ summary, children, id, className }: DisclosureProps) {
  return (
    <details id={id} className={className ? `disclosure ${className}` : 'disclosure'}>
      <summary className="disclosure__summary">{summary}</summary>
      <div className="disclosure__body">{children}</div>
    </details>
  );
}
