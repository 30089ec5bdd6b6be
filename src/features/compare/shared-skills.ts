// What the compared roles have in common, by catalogue id: the same skill listed for two or
// more roles ("shared"), and skills the sources word differently but that name the same thing
// ("related", from src/content/skill-relations.ts). Only a role's own lists count: its core
// skills, and its track's lists when the sources name the role under that track. A track that
// is only the nearest one lends its lists for reading, not for claiming skills in common.
import { skillRelations, type SkillRelation } from '../../content/skill-relations';
import { tracks } from '../../content/tracks';
import type { Role, RoleId, SkillId } from '../../content/types';

/** The skills a role lists as its own: core skills, then its named track's must- and nice-to-haves. */
export function ownSkillIds(role: Role): readonly SkillId[] {
  const track = role.track?.fit === 'named' ? tracks[role.track.trackId] : null;
  return [...role.coreSkillIds, ...(track ? [...track.mustHaveIds, ...track.niceToHaveIds] : [])];
}

/** One relation found among the compared roles: which role lists it in which words. */
export interface RelatedSkills {
  readonly relation: SkillRelation;
  readonly entries: readonly { readonly roleId: RoleId; readonly skillId: SkillId }[];
}

export interface SkillsInCommon {
  /** Skills two or more roles list in the same words. */
  readonly shared: ReadonlySet<SkillId>;
  /** Relations two or more roles list, at least two of them in different words. */
  readonly related: readonly RelatedSkills[];
  /** Every skill id that takes part in a relation above. */
  readonly relatedIds: ReadonlySet<SkillId>;
}

export function skillsInCommon(roles: readonly Role[]): SkillsInCommon {
  const listedBy = new Map<SkillId, Set<RoleId>>();
  for (const role of roles) {
    for (const skillId of ownSkillIds(role)) {
      const holders = listedBy.get(skillId) ?? new Set<RoleId>();
      holders.add(role.id);
      listedBy.set(skillId, holders);
    }
  }
  const shared = new Set([...listedBy].filter(([, holders]) => holders.size >= 2).map(([skillId]) => skillId));

  const related: RelatedSkills[] = [];
  for (const relation of skillRelations) {
    const entries = roles.flatMap((role) =>
      ownSkillIds(role)
        .filter((skillId) => relation.skillIds.includes(skillId))
        .map((skillId) => ({ roleId: role.id, skillId })),
    );
    if (hasDifferentWording(entries)) related.push({ relation, entries });
  }
  const relatedIds = new Set(related.flatMap((found) => found.entries.map((entry) => entry.skillId)));
  return { shared, related, relatedIds };
}

/**
 * Two roles list the skill in words the other does not use. A role listing "Python" beside
 * "Python + LLM API integration" and another listing only "Python" share it; they do not word it differently.
 */
function hasDifferentWording(entries: RelatedSkills['entries']): boolean {
  const idsOf = (roleId: RoleId) => new Set(entries.filter((entry) => entry.roleId === roleId).map((entry) => entry.skillId));
  return entries.some((first) =>
    entries.some(
      (second) =>
        first.roleId !== second.roleId && !idsOf(second.roleId).has(first.skillId) && !idsOf(first.roleId).has(second.skillId),
    ),
  );
}
