// Which skills two or more of the compared roles have in common. Skills are
// compared as text, ignoring case and spacing, across each role's core skills and
// the must-have and nice-to-have skills of its track.
import { tracks } from '../../content/tracks';
import type { Role } from '../../content/types';

export function normaliseSkill(skill: string): string {
  return skill.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Every skill that appears for a role: core skills, then its track's skills. */
export function skillsOf(role: Role): readonly string[] {
  const track = role.track ? tracks[role.track.trackId] : null;
  return [...role.coreSkills, ...(track ? [...track.mustHave, ...track.niceToHave] : [])];
}

/** Normalised skills shared by at least two of the roles (each role counted once per skill). */
export function sharedSkills(roles: readonly Role[]): ReadonlySet<string> {
  const counts = new Map<string, number>();
  for (const role of roles) {
    for (const skill of new Set(skillsOf(role).map(normaliseSkill))) {
      counts.set(skill, (counts.get(skill) ?? 0) + 1);
    }
  }
  return new Set([...counts].filter(([, count]) => count >= 2).map(([skill]) => skill));
}
