// axe-core audits with the WCAG 2.2 AA tag set plus best practices, and a readable
// report of what failed (rule, impact, help link, each failing element and why).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type Results = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = Results['violations'][number];

export function describeViolations(violations: readonly Violation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => {
          const why = node.failureSummary?.replace(/\n\s*/g, ' ') ?? '';
          return `    - ${node.target.join(' ')}\n      ${node.html.slice(0, 200)}\n      ${why}`;
        })
        .join('\n');
      return `  [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${nodes}`;
    })
    .join('\n');
}

/** Runs axe on the page as it is now; returns the violations (empty when it passes). */
export async function audit(page: Page): Promise<Violation[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations;
}
