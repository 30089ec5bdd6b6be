// Checks the typed content against the two source articles: figures and skill
// lists must be copied exactly, prose must be in our own words.
import { describe, it, expect } from 'vitest';
import { readSeed } from '../support/seeds';
import {
  ROLE_IDS,
  faq,
  getRole,
  hiringManagerView,
  isRoleId,
  roles,
  sources,
  statistics,
  tracks,
  type Role,
  type SalaryRange,
  type SourceId,
} from '../../src/content';


/** The skills article's role table, exactly as printed: [UK, US]. */
const SALARY_TABLE: Readonly<Record<string, readonly [string, string]>> = {
  'ml-engineer': ['£65K–£120K', '$140K–$250K+'],
  'data-scientist': ['£50K–£95K', '$110K–$180K'],
  'ai-product-manager': ['£60K–£110K', '$130K–$220K'],
  'ai-engineer-llm': ['£55K–£105K', '$130K–$220K'],
  'prompt-engineer': ['£45K–£85K', '$100K–$160K'],
  'ai-ethics-policy': ['£50K–£90K', '$100K–$170K'],
  'mlops-engineer': ['£60K–£105K', '$130K–$200K'],
  'ai-research-scientist': ['£80K–£150K+', '$180K–$350K+'],
};
const ROLES_WITHOUT_SALARY = ['ai-safety-researcher', 'ai-solutions-specialist'];

/** Parses "£80K–£150K+" into its parts. */
function parseRange(printed: string): Omit<SalaryRange, 'asPrinted'> {
  const match = /^([£$])(\d+)K–\1(\d+)K(\+)?$/.exec(printed);
  if (match === null) throw new Error(`Unparseable salary text: ${printed}`);
  const [, symbol, lower, upper, plus] = match;
  return {
    currency: symbol === '£' ? 'GBP' : 'USD',
    lower: Number(lower) * 1000,
    upper: Number(upper) * 1000,
    upperOpen: plus === '+',
  };
}

/** Lowercase words, punctuation dropped, apostrophes joined ("don't" -> "dont"). */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word.length > 0);
}

const N = 8;
function ngrams(text: string): string[] {
  const list = words(text);
  const out: string[] = [];
  for (let i = 0; i + N <= list.length; i += 1) out.push(list.slice(i, i + N).join(' '));
  return out;
}

function proseOf(role: Role): { field: string; text: string }[] {
  const fields: { field: string; text: string }[] = [{ field: 'summary', text: role.summary }];
  if (role.dayToDay !== null) fields.push({ field: 'dayToDay', text: role.dayToDay });
  if (role.suits !== null) fields.push({ field: 'suits', text: role.suits });
  if (role.breakingIn !== null) fields.push({ field: 'breakingIn', text: role.breakingIn });
  if (role.differsFrom !== null) fields.push({ field: 'differsFrom', text: role.differsFrom.text });
  role.honestNotes.forEach((text, i) => fields.push({ field: `honestNotes[${i}]`, text }));
  return fields;
}

describe('roles', () => {
  it('has exactly one role per id, in the order of ROLE_IDS', () => {
    expect(roles.map((role) => role.id)).toEqual([...ROLE_IDS]);
    expect(new Set(roles.map((role) => role.id)).size).toBe(ROLE_IDS.length);
  });

  it('looks roles up by id', () => {
    for (const id of ROLE_IDS) {
      expect(isRoleId(id)).toBe(true);
      expect(getRole(id)?.id).toBe(id);
    }
    expect(isRoleId('not-a-role')).toBe(false);
    expect(getRole('not-a-role')).toBeUndefined();
    expect(getRole('toString')).toBeUndefined();
  });

  it('carries every salary exactly as the table prints it, self-consistently', () => {
    for (const [id, [ukPrinted, usPrinted]] of Object.entries(SALARY_TABLE)) {
      const salary = getRole(id)?.salary;
      expect(salary, id).toBeDefined();
      expect(salary, id).not.toBeNull();
      expect(salary?.sourceId, id).toBe('skills-article');
      expect(salary?.uk, id).toEqual({ ...parseRange(ukPrinted), asPrinted: ukPrinted });
      expect(salary?.us, id).toEqual({ ...parseRange(usPrinted), asPrinted: usPrinted });
    }
  });

  it('has no salary where the sources give no figure', () => {
    for (const id of ROLES_WITHOUT_SALARY) expect(getRole(id)?.salary, id).toBeNull();
    expect(Object.keys(SALARY_TABLE).length + ROLES_WITHOUT_SALARY.length).toBe(ROLE_IDS.length);
  });

  it('keeps every salary self-consistent (numbers agree with the printed text)', () => {
    for (const role of roles) {
      for (const range of [role.salary?.uk, role.salary?.us]) {
        if (range == null) continue;
        const { asPrinted, ...parts } = range;
        expect(parts, `${role.id} ${asPrinted}`).toEqual(parseRange(asPrinted));
        expect(range.lower).toBeLessThan(range.upper);
      }
    }
  });

  it('gives core skills with a source, or none with null', () => {
    for (const role of roles) {
      if (role.coreSkills.length === 0) expect(role.coreSkillsSourceId, role.id).toBeNull();
      else expect(role.coreSkillsSourceId, role.id).not.toBeNull();
    }
  });

  it('tells where a role is only nearest to a track', () => {
    const fits = Object.fromEntries(roles.map((role) => [role.id, role.track && `${role.track.trackId}:${role.track.fit}`]));
    expect(fits).toEqual({
      'ml-engineer': 'ml-engineering-data-science:named',
      'data-scientist': 'ml-engineering-data-science:named',
      'ai-research-scientist': 'ml-engineering-data-science:nearest',
      'mlops-engineer': 'ml-engineering-data-science:nearest',
      'ai-product-manager': 'ai-product-management:named',
      'prompt-engineer': 'ai-engineering-llm:nearest',
      'ai-engineer-llm': 'ai-engineering-llm:named',
      'ai-ethics-policy': 'ai-ethics-policy:named',
      'ai-safety-researcher': 'ml-engineering-data-science:nearest',
      'ai-solutions-specialist': null,
    });
  });
});

describe('content matches the source articles', () => {
  it('copies every track name and Must / Nice skill verbatim from the skills article', () => {
    const article = readSeed('skills-article');
    for (const track of Object.values(tracks)) {
      expect(article, track.id).toContain(track.name);
      expect(track.mustHave.length, track.id).toBe(4);
      expect(track.niceToHave.length, track.id).toBe(2);
      // The article prints each skill straight after its "Must" / "Nice" label.
      for (const skill of track.mustHave) expect(article, track.id).toContain(`Must${skill}`);
      for (const skill of track.niceToHave) expect(article, track.id).toContain(`Nice${skill}`);
    }
  });

  it('copies every core skill and salary verbatim from the role table', () => {
    const article = readSeed('skills-article');
    for (const role of roles) {
      if (role.coreSkillsSourceId !== 'skills-article') continue;
      for (const skill of role.coreSkills) expect(article, role.id).toContain(skill);
      // The whole table row: name, core skills joined on commas, UK and US ranges.
      const row = `${role.name}${role.coreSkills.join(', ')}${role.salary?.uk?.asPrinted ?? ''}${role.salary?.us?.asPrinted ?? ''}`;
      expect(article, role.id).toContain(row);
    }
    for (const [ukPrinted, usPrinted] of Object.values(SALARY_TABLE)) {
      expect(article).toContain(ukPrinted);
      expect(article).toContain(usPrinted);
    }
  });

  it('takes core skills from the career guide verbatim where it is the source', () => {
    const guide = readSeed('career-guide');
    const fromGuide = roles.filter((role) => role.coreSkillsSourceId === 'career-guide');
    expect(fromGuide.map((role) => role.id)).toEqual(['ai-safety-researcher']);
    for (const role of fromGuide) for (const skill of role.coreSkills) expect(guide, role.id).toContain(skill);
  });

  it('prints the headline figures exactly as the article does', () => {
    const article = readSeed('skills-article');
    expect(statistics.map((stat) => stat.figure)).toEqual(['97M', '$185K', '3x']);
    for (const stat of statistics) expect(article).toContain(`\n${stat.figure}\n`);
  });

  it('quotes the FAQ questions as printed', () => {
    const article = readSeed('skills-article');
    for (const entry of faq) expect(article).toContain(entry.question);
  });

  it('writes all prose in its own words (no run of 8+ words copied from either article)', () => {
    const copied = new Set([...ngrams(readSeed('skills-article')), ...ngrams(readSeed('career-guide'))]);
    const prose = [
      ...roles.flatMap((role) => proseOf(role).map(({ field, text }) => ({ where: `${role.id}.${field}`, text }))),
      ...statistics.map((stat) => ({ where: `statistic ${stat.figure}`, text: stat.description })),
      ...faq.flatMap((entry, i) => entry.answer.map((text, j) => ({ where: `faq[${i}].answer[${j}]`, text }))),
      ...hiringManagerView.points.map((text, i) => ({ where: `hiringManagerView.points[${i}]`, text })),
    ];
    const offenders = prose.flatMap(({ where, text }) => ngrams(text).filter((gram) => copied.has(gram)).map((gram) => `${where}: "${gram}"`));
    expect(offenders).toEqual([]);
  });
});

describe('sources', () => {
  it('keys every source by its own id, with the two articles as primary', () => {
    for (const [key, source] of Object.entries(sources)) expect(source.id).toBe(key);
    expect(Object.values(sources).filter((source) => source.primary).map((source) => source.id).sort()).toEqual(['career-guide', 'skills-article']);
  });

  it('has every referenced source id', () => {
    const referenced: SourceId[] = [
      ...roles.flatMap((role) => [role.salary?.sourceId, role.coreSkillsSourceId]).filter((id): id is SourceId => id != null),
      ...Object.values(tracks).map((track) => track.sourceId),
      ...statistics.map((stat) => stat.sourceId),
      ...faq.map((entry) => entry.sourceId),
      hiringManagerView.sourceId,
    ];
    for (const id of referenced) expect(Object.keys(sources), id).toContain(id);
    expect(new Set(statistics.map((stat) => stat.sourceId))).toEqual(new Set(['wef-future-of-jobs-2023', 'levels-fyi', 'linkedin-jobs-report']));
  });

  it('cites each statistic to the source the article names for it', () => {
    const article = readSeed('skills-article');
    for (const stat of statistics) {
      const after = article.slice(article.indexOf(`\n${stat.figure}\n`));
      const citation = /\[([^\]]+)\]/.exec(after)?.[1];
      expect(citation, stat.figure).toBe(sources[stat.sourceId].title);
    }
  });
});
