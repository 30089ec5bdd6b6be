// The skills catalogue check: runs in the tests and at build (scripts/content-check.ts).
// Every printed skill must stand on a catalogue id, every id must come from a list the
// sources print, and no skill may be in the catalogue twice.
import type { SkillListToCheck, SkillProblem } from './skill-types';
import { SKILL_QUERY_KEYS } from './skills-url';

/** Kebab-case: safe in a link without escaping, and never an Object.prototype key. */
const SKILL_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Two names that differ only in case, spacing or punctuation are the same skill. */
export function skillNameKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export function validateSkills(
  catalogue: readonly { readonly id: string; readonly name: string }[],
  lists: readonly SkillListToCheck[],
  questionIds: readonly string[] = [],
): readonly SkillProblem[] {
  const problems: SkillProblem[] = [];
  const nameOf = new Map<string, string>();
  const idOfNameKey = new Map<string, string>();
  for (const { id, name } of catalogue) {
    if (nameOf.has(id)) {
      problems.push({ kind: 'duplicate-skill-id', id });
      continue;
    }
    nameOf.set(id, name);
    if (!SKILL_ID_PATTERN.test(id)) problems.push({ kind: 'bad-skill-id', id });
    if (name.trim() === '') {
      problems.push({ kind: 'empty-skill-name', id });
      continue;
    }
    const earlier = idOfNameKey.get(skillNameKey(name));
    if (earlier !== undefined) problems.push({ kind: 'same-skill-twice', ids: [earlier, id], name });
    else idOfNameKey.set(skillNameKey(name), id);
  }

  const used = new Set<string>();
  for (const list of lists) {
    for (const id of list.ids) {
      used.add(id);
      if (!nameOf.has(id)) problems.push({ kind: 'unknown-skill-id', id, where: list.where });
    }
    // Each printed name must be the catalogue name of the id at the same place.
    list.printed.forEach((name, index) => {
      const id = list.ids[index];
      if (id === undefined || nameOf.get(id) !== name) problems.push({ kind: 'skill-name-without-id', name, where: list.where });
    });
  }
  for (const id of nameOf.keys()) if (!used.has(id)) problems.push({ kind: 'skill-without-source', id });

  for (const key of SKILL_QUERY_KEYS) {
    if (questionIds.some((id) => id.toLowerCase() === key)) problems.push({ kind: 'skill-key-clash', key });
  }
  return problems;
}

/** A readable line per problem, for build output and test failures. */
export function describeSkillProblem(problem: SkillProblem): string {
  switch (problem.kind) {
    case 'duplicate-skill-id':
      return `Duplicate skill id "${problem.id}".`;
    case 'bad-skill-id':
      return `Skill id "${problem.id}" is not kebab-case.`;
    case 'empty-skill-name':
      return `Skill "${problem.id}" has no name.`;
    case 'same-skill-twice':
      return `Skills "${problem.ids[0]}" and "${problem.ids[1]}" have the same name ("${problem.name}"): merge them.`;
    case 'unknown-skill-id':
      return `The ${problem.where} name unknown skill id "${problem.id}".`;
    case 'skill-name-without-id':
      return `The ${problem.where} print "${problem.name}", which is not the catalogue name of the id in its place.`;
    case 'skill-without-source':
      return `Skill "${problem.id}" is in no role's or track's list.`;
    case 'skill-key-clash':
      return `A question id is "${problem.key}", which the share link uses for skills.`;
  }
}
