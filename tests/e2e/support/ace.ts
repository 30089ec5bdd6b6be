// IBM Equal Access (accessibility-checker-engine), a second opinion beside axe: each engine
// has rules the other lacks (e.g. header relationships in a table with two header rows).
// Its browser build is injected into the page and run with the WCAG 2.2 rule set; only
// definite violations fail (policy VIOLATION, confidence FAIL), not the "needs review" ones.
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';

export const ACE_RULESET = 'WCAG_2_2';

/** The fields of an Equal Access result that a report needs (see the package's v4/api/IRule.d.ts). */
export interface AceFinding {
  readonly ruleId: string;
  readonly reasonId: string;
  readonly value: readonly [string, string];
  readonly path: { readonly dom?: string; readonly aria?: string };
  readonly message: string;
  readonly snippet: string;
}

const acePath = createRequire(import.meta.url).resolve('accessibility-checker-engine/ace.js');
let aceSource: Promise<string> | undefined;

export const isViolation = (finding: AceFinding): boolean => finding.value[0] === 'VIOLATION' && finding.value[1] === 'FAIL';

export function describeAceFindings(findings: readonly AceFinding[]): string {
  return findings
    .map((finding) => `  ${finding.ruleId} (${finding.reasonId}): ${finding.message}\n    at ${finding.path.dom ?? '?'}\n    ${finding.snippet.slice(0, 200)}`)
    .join('\n');
}

/**
 * Runs Equal Access on the page as it is now; returns its definite violations (empty when it
 * passes). The page's Content-Security-Policy must be bypassed in the test context, since
 * the checker arrives as a script the policy does not list.
 *
 * Equal Access audits the content of a closed <details> as if it were shown (a fieldset whose
 * legend is not rendered has "no name", text with no layout has "no contrast"); what is not
 * rendered is not audited here. The pages' "opened" states audit that content as people see it.
 */
export async function aceAudit(page: Page): Promise<AceFinding[]> {
  aceSource ??= readFile(acePath, 'utf8');
  const loaded = await page.evaluate(() => 'ace' in window);
  if (!loaded) await page.addScriptTag({ content: await aceSource });
  const results = await page.evaluate(async (ruleset) => {
    interface Checker {
      check(root: Document, rulesets: string[]): Promise<{ results: (AceFinding & { node?: Node })[] }>;
    }
    const ace = (window as unknown as { ace: { Checker: new () => Checker } }).ace;
    const report = await new ace.Checker().check(document, [ruleset]);
    const inClosedDetails = (node: Node | undefined): boolean => {
      const element = node instanceof Element ? node : node?.parentElement;
      const closed = element?.closest('details:not([open])');
      return Boolean(closed && !closed.querySelector(':scope > summary')?.contains(element ?? null));
    };
    // Only plain fields cross back to the test (a result also holds its DOM node).
    return report.results.filter((result) => !inClosedDetails(result.node)).map(({ ruleId, reasonId, value, path, message, snippet }) => ({
      ruleId,
      reasonId: String(reasonId),
      value,
      path,
      message,
      snippet,
    }));
  }, ACE_RULESET);
  return results.filter(isViolation);
}
