// The Spanish site (ADR 15): every page type audited by both engines at 320 and 1280 px, with
// <html lang="es"> and English facts marked; the language switch keeps the answers and skills;
// a browser that prefers Spanish is offered the Spanish page, in Spanish, without a jump.
import { aceAudit, describeAceFindings } from './support/ace';
import { audit, describeViolations } from './support/axe';
import { COMPLETE, SOME_SKILLS } from './support/pages';
import { comparePath, resultsPath, waitForApp } from './support/app';
import { expect, test } from './support/test';
import { localizedPath } from '../../src/routes/manifest';
import { OFFER_DISMISSED_KEY } from '../../src/i18n/language-offer';

const es = (path: string) => localizedPath('es', path);

const SPANISH_PAGES = [
  { id: 'home', path: es('/') },
  { id: 'question', path: es('/quiz/code') },
  { id: 'results', path: es(resultsPath(COMPLETE, SOME_SKILLS)) },
  { id: 'compare', path: es(comparePath(['ml-engineer', 'data-scientist'])) },
  { id: 'roles', path: es('/roles') },
  { id: 'role', path: es('/roles/ml-engineer') },
  { id: 'skills', path: es('/skills') },
  { id: 'how-it-works', path: es('/how-it-works') },
  { id: 'not-found', path: es('/no-such-page'), missing: true },
] as const;

test.use({ bypassCSP: true });
test.describe.configure({ timeout: 90_000 });

for (const viewport of [
  { width: 320, height: 640 },
  { width: 1280, height: 800 },
]) {
  test.describe(`Spanish at ${viewport.width} px`, () => {
    test.use({ viewport, locale: 'es-ES' });
    for (const spanishPage of SPANISH_PAGES) {
      const { id, path } = spanishPage;
      test(`${id} (${path}) is in Spanish with no axe or Equal Access violations`, async ({ page, expectedErrors }) => {
        // The host answers a missing page with the Spanish 404 page, which the browser logs.
        if ('missing' in spanishPage) expectedErrors.allowMissingPage(path);
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.goto(path);
        await waitForApp(page);
        await expect(page.locator('html')).toHaveAttribute('lang', 'es');
        await expect(page.locator('h1')).toBeVisible();
        const failures: string[] = [];
        const violations = await audit(page);
        if (violations.length > 0) failures.push(`axe:\n${describeViolations(violations)}`);
        const findings = await aceAudit(page);
        if (findings.length > 0) failures.push(`Equal Access:\n${describeAceFindings(findings)}`);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
        if (scrollWidth > innerWidth) failures.push(`scrolls sideways (${scrollWidth} > ${innerWidth})`);
        expect(failures, failures.join('\n\n')).toEqual([]);
      });
    }
  });
}

test.describe('between the languages', () => {
  test('the switch leads to the same results in Spanish, answers and skills kept, and back', async ({ page }) => {
    // The link's skills go into saved progress, which both languages share.
    await page.goto(resultsPath(COMPLETE, SOME_SKILLS));
    await waitForApp(page);
    const english = resultsPath(COMPLETE);
    const saved = await page.evaluate(() => JSON.stringify(Object.entries(window.localStorage)));
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Español' }).click();
    await expect(page).toHaveURL(new RegExp(`${es(english)}(\\?.*)?$`));
    await waitForApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    expect(await page.evaluate(() => JSON.stringify(Object.entries(window.localStorage)))).toBe(saved);
    await page.getByRole('navigation', { name: 'Idioma' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(new RegExp(`${english}(\\?.*)?$`));
  });

  test.describe('a browser that prefers Spanish', () => {
    test.use({ locale: 'es-ES' });

    test('is offered the Spanish page in Spanish, with nothing moving, and a dismissal is kept', async ({ page }) => {
      await page.goto('/roles');
      await page.evaluate(() => {
        (window as unknown as { shifts: number }).shifts = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) (window as unknown as { shifts: number }).shifts += (entry as unknown as { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await waitForApp(page);
      const offer = page.getByRole('region', { name: 'Idioma' });
      await expect(offer).toBeVisible();
      await expect(offer).toHaveAttribute('lang', 'es');
      await expect(offer.getByRole('link', { name: 'Leerla en español' })).toHaveAttribute('href', es('/roles'));
      expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
      await offer.getByRole('button', { name: 'Cerrar' }).click();
      await expect(offer).toHaveCount(0);
      expect(await page.evaluate((key) => window.localStorage.getItem(key), OFFER_DISMISSED_KEY)).toBe('es');
      await page.reload();
      await waitForApp(page);
      await expect(page.getByRole('region', { name: 'Idioma' })).toHaveCount(0);
    });

    test('is not offered anything on the Spanish page', async ({ page }) => {
      await page.goto(es('/roles'));
      await waitForApp(page);
      await expect(page.getByRole('navigation', { name: 'Idioma' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Idioma' })).toHaveCount(0);
    });
  });
});
