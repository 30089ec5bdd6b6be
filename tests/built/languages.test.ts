// Every language's pages, as built: each Spanish page is Spanish (English only where a fact is
// marked lang="en"), carries the same figures as its English twin, names its language and its
// alternates, and loads only its own language's scripts (ADR 15).
import { describe, expect, it } from 'vitest';
import { languages } from '../../scripts/build/languages.mjs';
import { localizedPath, prerenderPaths } from '../../src/routes/manifest';
import { builtPage } from './built-site';

const [base, ...others] = languages();
/** Words no Spanish sentence uses and most English ones do. */
const ENGLISH_WORDS = /\b(the|and|your|you|with|this|that|are|from|which|what|how|have|skills?|answers?|yes|question|role|page|here)\b/i;
/** Salary figures and percentages as the sources print them: "£65K–£120K", "$150K", "72%". */
const FIGURES = /[£$]\d[\d,.]*K?|\d+(?:\.\d+)?%/g;

/** The words a visitor reads or hears, without what is marked as English and without addresses. */
function readableTexts(page: Document): string[] {
  const copy = page.cloneNode(true) as Document;
  for (const element of copy.querySelectorAll('[lang^="en"], script, style')) element.remove();
  const texts = [copy.title, copy.querySelector('meta[name="description"]')?.getAttribute('content') ?? ''];
  for (const element of copy.querySelectorAll('[aria-label]')) texts.push(element.getAttribute('aria-label') ?? '');
  const walker = copy.createTreeWalker(copy.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) texts.push(walker.currentNode.textContent ?? '');
  return texts.map((text) => text.replace(/https?:\/\/\S+|\/[\w-]+(?:\/[\w-]+)+/g, '').trim()).filter(Boolean);
}

/** Every page of a language parsed twice over: slow on a busy 2-core machine, never timed. */
const MANY_PAGES = { timeout: 180_000 };

const figuresOf = (page: Document) => [...(page.body.textContent ?? '').matchAll(FIGURES)].map((match) => match[0]).sort();

describe.each(others)('the $name pages', ({ locale, htmlLang }) => {
  const paths = prerenderPaths().map(({ path }) => path);

  it('are all written in their language: English only in facts marked lang="en"', MANY_PAGES, async () => {
    const english: string[] = [];
    for (const path of paths) {
      const page = await builtPage(localizedPath(locale, path));
      expect(page.documentElement.lang, path).toBe(htmlLang);
      for (const text of readableTexts(page)) if (ENGLISH_WORDS.test(text)) english.push(`${localizedPath(locale, path)}: ${text}`);
    }
    expect(english.slice(0, 20)).toEqual([]);
  });

  it('carry exactly the figures of their English twin', MANY_PAGES, async () => {
    for (const path of paths) {
      const [own, twin] = await Promise.all([builtPage(localizedPath(locale, path)), builtPage(path)]);
      expect(figuresOf(own), path).toEqual(figuresOf(twin));
    }
  });

  it('name themselves and their twins, and load only their own language’s scripts', MANY_PAGES, async () => {
    for (const path of paths.filter((_, index) => index % 7 === 0)) {
      const address = localizedPath(locale, path);
      const page = await builtPage(address);
      expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')?.endsWith(address), path).toBe(true);
      const alternates = Object.fromEntries([...page.querySelectorAll('link[rel="alternate"]')].map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href') ?? '').pathname]));
      expect(alternates, path).toEqual({ [base!.htmlLang]: path, [htmlLang]: address, 'x-default': path });
      const scripts = page.querySelector('meta[name="app-scripts"]')?.getAttribute('content')?.split(' ') ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) expect(script.startsWith(`/${locale}/assets/`), script).toBe(true);
    }
  });
});
