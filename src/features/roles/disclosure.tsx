// A native disclosure for what only some readers need (GOV.UK's details pattern): closed
// as the page opens, opened by its summary with the keyboard or a tap, found by the
// browser's find in page, and printed open (roles.css). Never put one inside another.
import type { ReactNode } from 'react';

export function Disclosure({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="role-disclosure">
      <summary className="role-disclosure__summary">{summary}</summary>
      <div className="role-disclosure__body">{children}</div>
    </details>
  );
}
