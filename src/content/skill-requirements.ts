// What each role asks for, as skill catalogue ids, and where each skill is printed.
// A role's must-haves and nice-to-haves are its track's (the named or the nearest one:
// role.track.fit says which, and the UI must keep saying so); its core skills are its own.
import type { RoleSkills, SkillListToCheck, SkillRequirements } from '../engine';
import { roles } from './roles';
import { tracks } from './tracks';
import type { Role, RoleId, SkillId, SourceId, TrackId } from './types';

export function roleSkillRequirements(role: Role): SkillRequirements {
  const track = role.track ? tracks[role.track.trackId] : null;
  return {
    mustHave: track?.mustHaveIds ?? [],
    core: role.coreSkillIds,
    niceToHave: track?.niceToHaveIds ?? [],
    trackIsNearest: role.track?.fit === 'nearest',
  };
}

/** Every role with its skill lists, in catalogue order, ready for closestToReady. */
export const roleSkills: readonly RoleSkills[] = roles.map((role) => ({ roleId: role.id, requirements: roleSkillRequirements(role) }));

export type SkillUse =
  | { readonly list: 'core'; readonly roleId: RoleId; readonly sourceId: SourceId }
  | { readonly list: 'must-have' | 'nice-to-have'; readonly trackId: TrackId; readonly sourceId: SourceId };

/** Every place the sources print a skill: role core skills in role order, then each track's Must, then Nice. */
export const skillUses: readonly (SkillUse & { readonly skillId: SkillId })[] = [
  ...roles.flatMap((role) => {
    const sourceId = role.coreSkillsSourceId;
    return sourceId === null ? [] : role.coreSkillIds.map((skillId) => ({ skillId, list: 'core' as const, roleId: role.id, sourceId }));
  }),
  ...Object.values(tracks).flatMap((track) => [
    ...track.mustHaveIds.map((skillId) => ({ skillId, list: 'must-have' as const, trackId: track.id, sourceId: track.sourceId })),
    ...track.niceToHaveIds.map((skillId) => ({ skillId, list: 'nice-to-have' as const, trackId: track.id, sourceId: track.sourceId })),
  ]),
];

/** Where the sources print one skill; more than one entry means lists were merged on it. */
export function usesOfSkill(skillId: SkillId): (SkillUse & { readonly skillId: SkillId })[] {
  return skillUses.filter((use) => use.skillId === skillId);
}

/** Every printed skill list, for validateSkills. */
export const skillListsToCheck: readonly SkillListToCheck[] = [
  ...roles.map((role) => ({ where: `core skills of ${role.id}`, ids: role.coreSkillIds, printed: role.coreSkills })),
  ...Object.values(tracks).flatMap((track) => [
    { where: `must-have skills of ${track.id}`, ids: track.mustHaveIds, printed: track.mustHave },
    { where: `nice-to-have skills of ${track.id}`, ids: track.niceToHaveIds, printed: track.niceToHave },
  ]),
];
