// The visitor states the bench measures besides a fresh visit: a results link carrying skills, a
// returning visitor with saved answers and skills, and saved progress naming a skill the app no
// longer knows. bench/run.mjs (Lighthouse), bench/layout-shift.mjs (CLS without throttling) and
// nothing else read them; tests/e2e/no-layout-shift.spec.ts builds the same states from src/.
//
// Node runs the bench without TypeScript, so it cannot import the storage key, its version or
// the href builders from src/: they are written here once, and `missingStateFacts` checks at the
// start of a run that src/ still says the same.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The saved-progress key and format version (src/state/store.ts: STORAGE_KEY, STORAGE_VERSION). */
export const STORAGE_KEY = 'ai-career-pathfinder';
export const STORAGE_VERSION = 2;

/** Every page type, by the address a visitor opens (canonical addresses, as the app links them). */
export const LAYOUT_SHIFT_PAGES = [
  { id: 'home', path: '/' },
  { id: 'quiz', path: '/quiz/code' },
  { id: 'results', path: '/results/code-yes/research-no/stakeholders-yes/background-software' },
  { id: 'role', path: '/roles/ml-engineer' },
  { id: 'compare', path: '/compare/ml-engineer/data-scientist/mlops-engineer' },
  { id: 'skills', path: '/skills' },
  { id: 'how', path: '/how-it-works' },
];

/** The answers of the results page above, as a returning visitor saved them. */
const SAVED_ANSWERS = { code: 'yes', research: 'no', stakeholders: 'yes', background: 'software' };
const SAVED_SKILLS = { 'python-pandas-numpy-scikit-learn': 'have', 'sql-at-scale': 'have', 'model-deployment': 'learning' };
/** A skill id no version of the skills check has had. */
export const UNKNOWN_SKILL_ID = 'punch-card-programming';

/** A results link someone shared: other answers than the saved ones, and skills in its query. */
export const LINK_WITH_SKILLS = '/results/code-yes/research-no/stakeholders-no/background-software?have=python-pandas-numpy-scikit-learn,sql-at-scale';

const progress = (answers, skills) => JSON.stringify({ state: { answers, skills, shortcutsEnabled: true }, version: STORAGE_VERSION });

const resultsOnly = (path) => (page) => (page.id === 'results' ? path : null);
const everyPage = (page) => page.path;

/**
 * Each state: what is saved in the browser before the page opens (null: nothing), and the
 * address each page type is opened at (null: the state does not apply to that page type).
 * `extra`: measured by bench/layout-shift.mjs only, not by every Lighthouse run of the bench.
 */
export const STATES = [
  { id: 'fresh', name: 'Fresh visit', storage: null, pathFor: everyPage },
  { id: 'link-skills', name: 'Results link carrying skills', storage: null, pathFor: resultsOnly(LINK_WITH_SKILLS) },
  { id: 'returning', name: 'Returning visitor (saved answers and skills)', storage: progress(SAVED_ANSWERS, SAVED_SKILLS), pathFor: everyPage },
  {
    id: 'returning-link',
    name: 'Returning visitor opening a link with other answers and skills',
    storage: progress(SAVED_ANSWERS, SAVED_SKILLS),
    pathFor: resultsOnly(LINK_WITH_SKILLS),
  },
  {
    id: 'mid-quiz',
    name: 'Returning visitor part-way through the quiz',
    storage: progress({ code: 'no', python: 'yes' }, {}),
    pathFor: everyPage,
    extra: true,
  },
  {
    id: 'unknown-skill',
    name: 'Saved progress with an unknown skill id',
    storage: progress(SAVED_ANSWERS, { ...SAVED_SKILLS, [UNKNOWN_SKILL_ID]: 'have' }),
    pathFor: everyPage,
  },
];

/** Playwright: every document of this page starts with `stored` saved (before the app reads it). */
export async function seedStorage(page, stored) {
  await page.addInitScript(({ key, value }) => window.localStorage.setItem(key, value), { key: STORAGE_KEY, value: stored });
}

/** What src/ no longer says as written here (each would make the seeded states measure a fresh visit). */
export async function missingStateFacts(srcDir) {
  const store = await readFile(join(srcDir, 'state', 'store.ts'), 'utf8');
  const missing = [];
  if (!store.includes(`STORAGE_KEY = '${STORAGE_KEY}'`)) missing.push(`STORAGE_KEY = '${STORAGE_KEY}'`);
  if (!store.includes(`STORAGE_VERSION = ${STORAGE_VERSION}`)) missing.push(`STORAGE_VERSION = ${STORAGE_VERSION}`);
  const types = await readFile(join(srcDir, 'content', 'types.ts'), 'utf8');
  for (const id of new Set([...Object.keys(SAVED_SKILLS), ...new URLSearchParams(LINK_WITH_SKILLS.split('?')[1]).get('have').split(',')])) {
    if (!types.includes(`'${id}'`)) missing.push(`skill id '${id}'`);
  }
  if (types.includes(`'${UNKNOWN_SKILL_ID}'`)) missing.push(`an unknown skill id ('${UNKNOWN_SKILL_ID}' is known now)`);
  return missing;
}
