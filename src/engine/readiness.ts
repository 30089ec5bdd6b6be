// Readiness: how far the person's skills go towards each role, and what to learn next.
// Pure functions over (a role's skill lists, the person's skill states).
//
// How "learning" counts: it is not "have". A skill being learnt adds to a tally's
// `learning`, never to its `have`, and it stays in "Learn next" (marked 'learning'),
// because the role still needs it. It only breaks ties in "closest to ready".
import type {
  LearnNextItem,
  Readiness,
  RoleReadiness,
  RoleSkills,
  SkillId,
  SkillRequirements,
  SkillState,
  SkillStates,
  SkillTally,
  SkillTier,
} from './skill-types';

const STATES: readonly SkillState[] = ['have', 'learning', 'missing'];

/** The person's state for one skill; anything unset or unrecognised is 'missing'. */
export function skillStateOf(states: SkillStates, skillId: SkillId): SkillState {
  // Own keys only, so an id such as "constructor" never reads Object.prototype.
  if (!Object.hasOwn(states, skillId)) return 'missing';
  const state = states[skillId];
  return state !== undefined && STATES.includes(state) ? state : 'missing';
}

function tally(ids: readonly SkillId[], states: SkillStates): SkillTally {
  const unique = [...new Set(ids)];
  const count = (state: SkillState) => unique.filter((id) => skillStateOf(states, id) === state).length;
  return { have: count('have'), learning: count('learning'), total: unique.length };
}

/**
 * The role's skills in "Learn next" order, each once, under the first list it appears in:
 * the track's must-haves, then core skills, then nice-to-haves; the role's own core skills
 * first when the track is only the nearest one.
 */
function byTier(requirements: SkillRequirements): { skillId: SkillId; tier: SkillTier }[] {
  const mustHave: [SkillTier, readonly SkillId[]] = ['must-have', requirements.mustHave];
  const core: [SkillTier, readonly SkillId[]] = ['core', requirements.core];
  const tiers: [SkillTier, readonly SkillId[]][] = [
    ...(requirements.trackIsNearest ? [core, mustHave] : [mustHave, core]),
    ['nice-to-have', requirements.niceToHave],
  ];
  const seen = new Set<SkillId>();
  const ordered: { skillId: SkillId; tier: SkillTier }[] = [];
  for (const [tier, ids] of tiers) {
    for (const skillId of ids) {
      if (seen.has(skillId)) continue;
      seen.add(skillId);
      ordered.push({ skillId, tier });
    }
  }
  return ordered;
}

/**
 * One role's readiness. Each list is tallied on its own, as the source prints it (a skill
 * repeated inside one list counts once). "Learn next" holds every listed skill the person
 * does not have: missing must-haves, then missing core skills (core skills first when the
 * track is only the nearest one), then nice-to-haves, each in its list's order; a skill in
 * two lists appears once, under the earlier one.
 * A role with no listed skills gets zero totals and `hasListedSkills: false`.
 */
export function readiness(requirements: SkillRequirements, states: SkillStates): Readiness {
  const learnNext: LearnNextItem[] = [];
  for (const { skillId, tier } of byTier(requirements)) {
    const state = skillStateOf(states, skillId);
    if (state !== 'have') learnNext.push({ skillId, tier, state });
  }
  const required = [...requirements.mustHave, ...requirements.core];
  return {
    mustHave: tally(requirements.mustHave, states),
    core: tally(requirements.core, states),
    niceToHave: tally(requirements.niceToHave, states),
    required: tally(required, states),
    learnNext,
    hasListedSkills: required.length + requirements.niceToHave.length > 0,
  };
}

/**
 * The roles ordered by how many of their must-have and core skills (each once) the person has.
 * Ties, in turn: fewer such skills still to get; more of them being learnt; then the order the
 * roles were given in (pass them in fit order, so a tie goes to the better fit). Roles with no
 * must-have or core skills in the sources cannot be measured and come last, in the given order.
 */
export function closestToReady(roles: readonly RoleSkills[], states: SkillStates): RoleReadiness[] {
  const measured = roles.map((role, index) => ({ index, result: { roleId: role.roleId, ...readiness(role.requirements, states) } }));
  const key = ({ result }: (typeof measured)[number]) => {
    const { have, learning, total } = result.required;
    return [total === 0 ? 1 : 0, -have, total - have, -learning];
  };
  return measured
    .sort((a, b) => {
      const [ka, kb] = [key(a), key(b)];
      for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
      return a.index - b.index;
    })
    .map(({ result }) => result);
}
