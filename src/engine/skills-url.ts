// The person's skills to and from a link, in readable form: `have=python,sql&learning=rag`.
// Parsing never throws: it keeps the known skills and names every problem, like parseAnswers.
// It reads only its own keys, so it can share one query string with the answers
// (pass SKILL_QUERY_KEYS to parseAnswers as the keys to ignore).
import type { ParsedSkills, SkillId, SkillState, SkillStates, SkillUrlProblem } from './skill-types';
import { shorten } from './url';

/** The query keys the skills use, in the order they are written. */
export const SKILL_QUERY_KEYS = ['have', 'learning'] as const;

type StoredState = (typeof SKILL_QUERY_KEYS)[number];

const isSkillKey = (key: string): key is StoredState => (SKILL_QUERY_KEYS as readonly string[]).includes(key);

/** `+` is a space in a query string, as URLSearchParams reads it. */
const decode = (text: string): string => decodeURIComponent(text.replace(/\+/g, ' '));

/** The skill parts of the input as [key, raw items], plus the parts that cannot be decoded. */
function skillParts(input: string | URLSearchParams): { parts: [StoredState, string[]][]; problems: SkillUrlProblem[] } {
  const parts: [StoredState, string[]][] = [];
  const problems: SkillUrlProblem[] = [];
  if (typeof input !== 'string') {
    for (const [rawKey, value] of input.entries()) {
      const key = rawKey.trim().toLowerCase();
      if (isSkillKey(key)) parts.push([key, value.split(',')]);
    }
    return { parts, problems };
  }
  const query = input.startsWith('?') ? input.slice(1) : input;
  for (const part of query.split('&')) {
    const eq = part.indexOf('=');
    let key: string;
    try {
      key = decode(eq === -1 ? part : part.slice(0, eq)).trim().toLowerCase();
    } catch {
      continue; // Not recognisably ours; parseAnswers reports undecodable parts of the answers.
    }
    if (!isSkillKey(key)) continue;
    // Split before decoding, so one bad item does not lose the others; an encoded comma (%2C) splits too.
    const items: string[] = [];
    for (const rawItem of (eq === -1 ? '' : part.slice(eq + 1)).split(',')) {
      try {
        items.push(...decode(rawItem).split(','));
      } catch {
        problems.push({ kind: 'malformed', detail: shorten(`${key}=${rawItem}`) });
      }
    }
    parts.push([key, items]);
  }
  return { parts, problems };
}

/**
 * Reads skills from a query string or URLSearchParams. Only `have` and `learning` are read;
 * each holds skill ids separated by commas, and may appear more than once. Keys and ids are
 * matched case-insensitively and trimmed; empty items are skipped. Problems: an unknown id,
 * a skill given twice (the first mention wins, in URL order), and undecodable items.
 */
export function parseSkills(skillIds: readonly SkillId[], input: string | URLSearchParams): ParsedSkills {
  const known = new Set(skillIds);
  const { parts, problems } = skillParts(input);
  const found = new Map<SkillId, StoredState>();
  for (const [state, items] of parts) {
    for (const rawItem of items) {
      const id = rawItem.trim().toLowerCase();
      if (id === '') continue;
      if (!known.has(id)) problems.push({ kind: 'unknown-skill', state, value: shorten(rawItem.trim()) });
      else if (found.has(id)) problems.push({ kind: 'duplicate-skill', skillId: id });
      else found.set(id, state);
    }
  }
  // Object.fromEntries defines own keys, so no id can reach Object.prototype.
  return { states: Object.fromEntries(found), problems };
}

/**
 * The skills as a readable query string, `have=…&learning=…`, ids in the order of `skillIds`
 * (the catalogue's), so the same skills always give the same link. Missing skills and ids
 * outside `skillIds` are left out; with nothing to write it is the empty string.
 */
export function skillsToQuery(skillIds: readonly SkillId[], states: SkillStates): string {
  const ids = [...new Set(skillIds)];
  const stateOf = (id: SkillId): SkillState | undefined => (Object.hasOwn(states, id) ? states[id] : undefined);
  return SKILL_QUERY_KEYS.flatMap((key) => {
    const listed = ids.filter((id) => stateOf(id) === key);
    return listed.length > 0 ? [`${key}=${listed.map(encodeURIComponent).join(',')}`] : [];
  }).join('&');
}
