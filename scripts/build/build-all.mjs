// The production build: a client and a server (prerender) build per language, then the
// prerender that writes every page of every language (scripts/prerender.mjs).
// PSEUDO_LOCALE=1 adds the test-only pseudo-locale (its messages must be compiled with it) and
// writes to dist-pseudo/ instead of dist/.
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { OUTPUT_DIR, languages } from './languages.mjs';

const withPseudo = process.env.PSEUDO_LOCALE === '1';
const vite = (args, locale) => execFileSync('npx', ['vite', ...args], { stdio: 'inherit', env: { ...process.env, APP_LOCALE: locale } });

await rm(OUTPUT_DIR, { recursive: true, force: true });
await rm('dist-ssr', { recursive: true, force: true });
for (const { locale } of languages({ pseudo: withPseudo })) {
  console.log(`\n— ${locale} —`);
  vite(['build', '--logLevel', 'warn'], locale);
  vite(['build', '--logLevel', 'warn', '--ssr', 'src/app/entry-server.tsx', '--outDir', `dist-ssr/${locale}`], locale);
}
execFileSync('node', ['scripts/prerender.mjs'], { stdio: 'inherit' });
