// Every page the app can show, audited by two engines, axe (WCAG 2.2 AA tags and best
// practices) and IBM Equal Access (its WCAG 2.2 rule set), at 320 px and 1280 px wide, in
// the light and the dark colour scheme; at 320 px the page must not scroll sideways.
// One test per page and width; both schemes and both engines inside it.
import { aceAudit, describeAceFindings } from './support/ace';
import { describeViolations, audit } from './support/axe';
import { APP_PAGES, openAppPage } from './support/pages';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';

const WIDTHS = [
  { width: 320, height: 640 },
  { width: 1280, height: 800 },
] as const;
const SCHEMES = ['light', 'dark'] as const;
const ENGINES = ['axe', 'Equal Access'] as const;

let audits = 0;

/**
 * Waits for the colours of a new scheme to be the ones a person sees: a button's colour
 * transition (0.01 ms under reduced motion) still reports its start colour until the next
 * frame, and an audit run in between read the light scheme's blue on the dark background.
 */
async function coloursSettled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    // A transition the new colours cancel rejects its `finished`: settled is what counts.
    await Promise.allSettled(document.getAnimations().map((animation) => animation.finished));
  });
}

// Equal Access is injected as a script of the test's own, which the app's policy would block.
test.use({ bypassCSP: true });
// Four audits per test: allow more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

for (const viewport of WIDTHS) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    for (const appPage of APP_PAGES) {
      test(`${appPage.id} (${appPage.path}) has no axe or Equal Access violations`, async ({ page, expectedErrors }) => {
        await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
        await openAppPage(page, appPage, expectedErrors);
        // Parts laid out only near the viewport (content-visibility: auto, on results reached inside the app) have no
        // current layout or style until scrolled to; audit them as a person sees them then.
        await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });

        const failures: string[] = [];
        for (const colorScheme of SCHEMES) {
          await page.emulateMedia({ colorScheme });
          await coloursSettled(page);
          const violations = await audit(page);
          if (violations.length > 0) {
            failures.push(`axe, ${appPage.id} at ${viewport.width} px, ${colorScheme}:\n${describeViolations(violations)}`);
          }
          const findings = await aceAudit(page);
          if (findings.length > 0) {
            failures.push(`Equal Access, ${appPage.id} at ${viewport.width} px, ${colorScheme}:\n${describeAceFindings(findings)}`);
          }
          audits += ENGINES.length;
          if (viewport.width === 320) {
            const { scrollWidth, innerWidth } = await page.evaluate(() => ({
              scrollWidth: document.documentElement.scrollWidth,
              innerWidth: window.innerWidth,
            }));
            if (scrollWidth > innerWidth) {
              failures.push(`${appPage.id} at 320 px, ${colorScheme}: scrolls sideways (scrollWidth ${scrollWidth} > ${innerWidth})`);
            }
          }
        }
        expect(failures, failures.join('\n\n')).toEqual([]);
      });
    }
  });
}

// The plan, printed once by the runner process (workers have TEST_WORKER_INDEX set)…
if (process.env.TEST_WORKER_INDEX === undefined) {
  console.log(
    `a11y: ${APP_PAGES.length} pages × ${WIDTHS.length} widths × ${SCHEMES.length} themes = ${APP_PAGES.length * WIDTHS.length * SCHEMES.length} page states, ` +
      `× ${ENGINES.length} engines (${ENGINES.join(', ')}) = ${APP_PAGES.length * WIDTHS.length * SCHEMES.length * ENGINES.length} audits`,
  );
}

// …and what each worker actually ran (the lines add up to the plan when every test ran).
test.afterAll(() => {
  if (audits === 0) return;
  console.log(`a11y: worker ${test.info().workerIndex} ran ${audits} audits`);
  audits = 0;
});
