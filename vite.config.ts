import { defineConfig } from 'vitest/config';
import { runnerImport, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { BASE_LOCALE, OUTPUT_DIR, localeBase, localeFolder } from './scripts/build/languages.mjs';
import { fixedLocale } from './scripts/build/fixed-locale.mjs';

// One build per language (ADR 15): APP_LOCALE names it (scripts/build/build-all.mjs sets it);
// tests and the dev server use the base language.
const locale = process.env.APP_LOCALE || BASE_LOCALE;
const isBaseLocale = locale === BASE_LOCALE;
/** A language's long content and grammar: src/locales/<locale>/. */
const localeAlias = [{ find: /^@locale\//, replacement: fileURLToPath(new URL(`./src/locales/${locale}/`, import.meta.url)) }];

/** Fails the build when the question tree or the content does not validate. */
function validateContent(): Plugin {
  return {
    name: 'validate-content',
    apply: 'build',
    async buildStart() {
      // Loaded through Vite's module runner so the config itself stays free of app imports.
      const { module } = await runnerImport<typeof import('./scripts/content-check')>('./scripts/content-check.ts', { resolve: { alias: localeAlias } });
      const problems = module.contentProblems();
      if (problems.length > 0) this.error(`Content does not validate:\n- ${problems.join('\n- ')}`);
    },
  };
}

export default defineConfig({
  plugins: [react(), validateContent(), fixedLocale(locale)],
  base: localeBase(locale),
  // The site's own files (icons, robots.txt) are copied once, with the base language.
  publicDir: isBaseLocale ? 'public' : false,
  resolve: {
    alias: localeAlias,
    // Vite's default client conditions, stated so Vitest resolves react-router and
    // react-router/dom to the same ES build (otherwise two router contexts exist).
    conditions: ['module', 'browser', 'development|production'],
  },
  build: {
    target: 'es2022',
    // The base language's pages fill dist/; every other language's go to dist/<locale>/.
    outDir: [OUTPUT_DIR, localeFolder(locale)].filter(Boolean).join('/'),
    // No polyfill: every browser the app supports preloads modules itself, and the polyfill is
    // an inline script the CSP would have to allow.
    modulePreload: { polyfill: false },
    sourcemap: false,
    // One stylesheet, inlined whole into every page at build (see scripts/prerender.mjs).
    cssCodeSplit: false,
    // Read by scripts/prerender.mjs to preload each page's on-demand route chunk.
    manifest: true,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'] } },
      // Reads the finished build in dist/, so `npm test` runs it after `npm run build`.
      { extends: true, test: { name: 'built', include: ['tests/built/**/*.test.ts'] } },
    ],
  },
});
