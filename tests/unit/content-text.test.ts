// The content's prose in each language (src/locales/<locale>/<part>.ts): every entry present
// and non-empty in English and Spanish, the same shape in both, no figure or named fact lost
// or invented in translation, and the content built from the Spanish prose carrying exactly
// the English build's facts (ids, names, figures, weights, sources).
import { describe, expect, it, vi } from 'vitest';
import * as content from '../../src/content';
import { OPTION_IDS, QUESTION_IDS } from '../../src/content/question-flow';
import { ROLE_IDS, SKILL_IDS } from '../../src/content/types';
import * as enFaq from '../../src/locales/en/faq';
import * as enQuestions from '../../src/locales/en/questions';
import * as enRoles from '../../src/locales/en/roles';
import * as enRules from '../../src/locales/en/rules';
import * as enSkillRelations from '../../src/locales/en/skill-relations';
import * as enSkills from '../../src/locales/en/skills';
import * as enSources from '../../src/locales/en/sources';
import * as enStatistics from '../../src/locales/en/statistics';
import * as esFaq from '../../src/locales/es/faq';
import * as esQuestions from '../../src/locales/es/questions';
import * as esRoles from '../../src/locales/es/roles';
import * as esRules from '../../src/locales/es/rules';
import * as esSkillRelations from '../../src/locales/es/skill-relations';
import * as esSkills from '../../src/locales/es/skills';
import * as esSources from '../../src/locales/es/sources';
import * as esStatistics from '../../src/locales/es/statistics';
import * as xaFaq from '../../src/locales/en-XA/faq';
import * as xaQuestions from '../../src/locales/en-XA/questions';
import * as xaRoles from '../../src/locales/en-XA/roles';
import * as xaRules from '../../src/locales/en-XA/rules';
import * as xaSkillRelations from '../../src/locales/en-XA/skill-relations';
import * as xaSkills from '../../src/locales/en-XA/skills';
import * as xaSources from '../../src/locales/en-XA/sources';
import * as xaStatistics from '../../src/locales/en-XA/statistics';

type Module = Readonly<Record<string, unknown>>;

/** Each part: its English, Spanish and pseudo-locale module. */
const PARTS: readonly { readonly part: string; readonly en: Module; readonly es: Module; readonly xa: Module }[] = [
  { part: 'faq', en: enFaq, es: esFaq, xa: xaFaq },
  { part: 'questions', en: enQuestions, es: esQuestions, xa: xaQuestions },
  { part: 'roles', en: enRoles, es: esRoles, xa: xaRoles },
  { part: 'rules', en: enRules, es: esRules, xa: xaRules },
  { part: 'skill-relations', en: enSkillRelations, es: esSkillRelations, xa: xaSkillRelations },
  { part: 'skills', en: enSkills, es: esSkills, xa: xaSkills },
  { part: 'sources', en: enSources, es: esSources, xa: xaSources },
  { part: 'statistics', en: enStatistics, es: esStatistics, xa: xaStatistics },
];

/** Glosses are written only where a language needs them: not the same entries in every language. */
const PER_LANGUAGE_EXPORTS = new Set(['skillGloss']);

/** A value's shape: its keys, array lengths and where it is null, with every text as "text". */
function shape(value: unknown): unknown {
  if (typeof value === 'string') return 'text';
  if (value === null) return null;
  if (Array.isArray(value)) return value.map(shape);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as object).sort(([a], [b]) => a.localeCompare(b)).map(([key, inner]) => [key, shape(inner)]));
  }
  return typeof value;
}

/** Every text in a value, with the keys that lead to it and where it is ("roleText › ml-engineer › summary"). */
function texts(value: unknown, path: readonly string[]): { path: readonly string[]; where: string; text: string }[] {
  if (typeof value === 'string') return [{ path, where: path.join(' › '), text: value }];
  if (Array.isArray(value)) return value.flatMap((inner, index) => texts(inner, [...path, String(index)]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => texts(inner, [...path, key]));
  return [];
}

/** The value at a path texts() gave, read from another module of the same shape. */
function at(module: Module, path: readonly string[]): unknown {
  return path.reduce<unknown>((value, step) => (value as Record<string, unknown> | undefined)?.[step], module);
}

const shared = (part: (typeof PARTS)[number]) => Object.keys(part.en).filter((name) => !PER_LANGUAGE_EXPORTS.has(name));

/** Figures as printed: "$185K", "97M", "23%", "2025", "6". */
const figures = (text: string) => (text.match(/[$£]?\d+(?:[.,]\d+)*[%KM+]?/g) ?? []).sort();

/** Names that stay as printed in every language; a text naming one in English names it in Spanish. */
const KEPT_NAMES = ['Python', 'GitHub', 'Kaggle', 'Levels.fyi', 'LinkedIn', 'RAG', 'MLOps', 'DevOps', 'LLM', 'API'];

describe('the prose modules', () => {
  it('export the same parts in English, Spanish and the pseudo-locale', () => {
    for (const { part, en, es, xa } of PARTS) {
      expect(Object.keys(es).sort(), part).toEqual(Object.keys(en).sort());
      expect(Object.keys(xa).sort(), part).toEqual(Object.keys(en).sort());
    }
  });

  it('give every entry in both languages: same keys, same number of items, null in the same places', () => {
    for (const part of PARTS) {
      for (const name of shared(part)) {
        expect(shape(part.es[name]), `${part.part}: ${name}`).toEqual(shape(part.en[name]));
        expect(shape(part.xa[name]), `${part.part}: ${name} (pseudo-locale)`).toEqual(shape(part.en[name]));
      }
    }
  });

  it('have no empty text in either language', () => {
    for (const { part, en, es } of PARTS) {
      for (const [language, module] of [['en', en], ['es', es]] as const) {
        for (const { where, text } of texts(module, [part])) {
          expect(text.trim(), `${language} ${where}`).not.toBe('');
          expect(text, `${language} ${where}: no stray spaces`).toBe(text.trim());
          expect(text, `${language} ${where}: no double spaces`).not.toMatch(/ {2}/);
        }
      }
    }
  });

  it('keep every figure: the Spanish text of an entry prints the same figures as the English', () => {
    for (const part of PARTS) {
      for (const name of shared(part)) {
        for (const { path, where, text } of texts(part.en[name], [name])) {
          const spanish = at(part.es, path);
          expect(typeof spanish, `${part.part}: ${where}`).toBe('string');
          expect(figures(spanish as string), `${part.part}: ${where}: “${spanish as string}”`).toEqual(figures(text));
        }
      }
    }
  });

  it('keep the names of tools and sources as printed', () => {
    for (const part of PARTS) {
      for (const name of shared(part)) {
        for (const { path, where, text } of texts(part.en[name], [name])) {
          const spanish = at(part.es, path) as string;
          for (const kept of KEPT_NAMES) {
            if (text.includes(kept)) expect(spanish, `${part.part}: ${where} names ${kept}`).toContain(kept);
          }
        }
      }
    }
  });

  it('write Spanish quotes as «» and never leave a straight apostrophe or double quote', () => {
    for (const { part, es } of PARTS) {
      for (const { where, text } of texts(es, [part])) expect(text, where).not.toMatch(/["“”']/);
    }
  });
});

describe('the prose is keyed by the content’s own ids', () => {
  const languages = [
    ['en', { roles: enRoles, questions: enQuestions, rules: enRules, skills: enSkills }],
    ['es', { roles: esRoles, questions: esQuestions, rules: esRules, skills: esSkills }],
  ] as const;

  it('has every role, question and option', () => {
    for (const [language, parts] of languages) {
      expect(Object.keys(parts.roles.roleText).sort(), language).toEqual([...ROLE_IDS].sort());
      expect(Object.keys(parts.questions.questionText).sort(), language).toEqual([...QUESTION_IDS].sort());
      for (const questionId of QUESTION_IDS) {
        expect(Object.keys(parts.questions.questionText[questionId].options).sort(), `${language} ${questionId}`).toEqual(
          [...OPTION_IDS[questionId]].sort(),
        );
      }
    }
  });

  it('has a reason for every weight and words for every hold-back and caveat of the tree', () => {
    const key = (rule: { questionId: string; optionId: string; roleId: string }) => `${rule.questionId}.${rule.optionId}.${rule.roleId}`;
    const caveatKeys = content.questionTree.caveats.map(key).sort();
    for (const [language, parts] of languages) {
      expect(Object.keys(parts.rules.weightReasonText).sort(), language).toEqual(content.sourcedWeights.map(key).sort());
      expect(Object.keys(parts.rules.holdBackText).sort(), language).toEqual(content.sourcedHoldBacks.map(key).sort());
      expect(Object.keys(parts.rules.caveatText).sort(), language).toEqual(caveatKeys);
    }
  });

  it('gives every Spanish hold-back and caveat a brief form: a few words, shorter than the full text', () => {
    for (const note of [...Object.values(esRules.holdBackText), ...Object.values(esRules.caveatText)]) {
      expect(note.brief.split(' ').length, note.brief).toBeLessThanOrEqual(12);
      expect(note.brief.length, note.brief).toBeLessThan(note.text.length);
    }
  });

  it('glosses only catalogue skills, in Spanish only, and not names that explain themselves', () => {
    expect(Object.keys(enSkills.skillGloss)).toEqual([]);
    const glossed = Object.keys(esSkills.skillGloss);
    for (const id of glossed) expect(SKILL_IDS as readonly string[], id).toContain(id);
    for (const id of ['python', 'sql']) expect(glossed, id).not.toContain(id);
    for (const [id, gloss] of Object.entries(esSkills.skillGloss)) expect(gloss?.trim(), id).toBeTruthy();
    expect(content.skillGloss('python')).toBeNull();
  });
});

describe('the content built from the Spanish prose', () => {
  /** Every text of the English prose modules: where the English content prints one, Spanish may differ. */
  const englishProse = new Set(PARTS.flatMap(({ part, en }) => texts(en, [part]).map(({ text }) => text)));

  /** Walks both builds side by side: prose may differ (never empty), everything else must not. */
  function compareFacts(english: unknown, spanish: unknown, where: string): void {
    if (typeof english === 'string') {
      if (englishProse.has(english)) {
        expect(typeof spanish, where).toBe('string');
        expect((spanish as string).trim(), where).not.toBe('');
      } else {
        expect(spanish, where).toBe(english);
      }
      return;
    }
    if (Array.isArray(english)) {
      expect(Array.isArray(spanish) && spanish.length, where).toBe(english.length);
      english.forEach((inner, index) => compareFacts(inner, (spanish as unknown[])[index], `${where}[${index}]`));
      return;
    }
    if (english !== null && typeof english === 'object') {
      expect(Object.keys(spanish as object).sort(), where).toEqual(Object.keys(english).sort());
      for (const [key, inner] of Object.entries(english)) compareFacts(inner, (spanish as Record<string, unknown>)[key], `${where}.${key}`);
      return;
    }
    if (typeof english === 'function') return;
    expect(spanish, where).toBe(english);
  }

  it('has exactly the facts of the English build: ids, names, figures, weights and sources', async () => {
    vi.resetModules();
    for (const part of PARTS) vi.doMock(`@locale/${part.part}`, () => import(`../../src/locales/es/${part.part}.ts`));
    try {
      const spanish = (await import('../../src/content')) as unknown as Module;
      expect(spanish.roles).not.toBe(content.roles);
      expect((spanish.roles as typeof content.roles)[0]?.summary).toBe(esRoles.roleText['ml-engineer'].summary);
      for (const name of Object.keys(content)) {
        compareFacts((content as unknown as Module)[name], spanish[name], name);
      }
    } finally {
      for (const part of PARTS) vi.doUnmock(`@locale/${part.part}`);
      vi.resetModules();
    }
  });
});
