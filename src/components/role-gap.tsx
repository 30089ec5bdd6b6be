// A role's gap for the person: how many of each list's skills they have, then what to learn
// next (missing must-haves, then core skills, then nice-to-haves; the role's own core skills
// first where its track is only the nearest one), and the guide's advice on breaking in. The
// tallies count each list as the sources print it; a borrowed track keeps saying so.
import { useId } from 'react';
import { readiness, type Readiness, type SkillStates, type SkillTally, type SkillTier } from '../engine';
import { roleSkillRequirements } from '../content/skill-requirements';
import { getSkill } from '../content/skills';
import { tracks } from '../content/tracks';
import type { Role } from '../content/types';
import './role-gap.css';

type HeadingLevel = 2 | 3 | 4;

export const TIER_TEXT: Readonly<Record<SkillTier, string>> = {
  'must-have': 'Must-have',
  core: 'Core skill',
  'nice-to-have': 'Nice to have',
};

/** The same, for a role whose track is only the nearest one: its lists are borrowed, and say so. */
export const NEAREST_TRACK_TIER_TEXT: Readonly<Record<SkillTier, string>> = {
  'must-have': 'Must-have of the nearest track',
  core: 'Core skill',
  'nice-to-have': 'Nice to have, nearest track',
};

export function tierText(role: Role, tier: SkillTier): string {
  return (role.track?.fit === 'nearest' ? NEAREST_TRACK_TIER_TEXT : TIER_TEXT)[tier];
}

/** The gap's heading; it names the role, since a page can show several. */
export function gapHeading(role: Role): string {
  return `Your skills for ${role.name}`;
}

/** The role's readiness for these skills. */
export function roleReadiness(role: Role, skills: SkillStates): Readiness {
  return readiness(roleSkillRequirements(role), skills);
}

function tallyText(tally: SkillTally, what: string): string {
  const learning = tally.learning > 0 ? `, and you are learning ${tally.learning} more` : '';
  return `You have ${tally.have} of ${tally.total} ${what}${learning}.`;
}

/** "the Applied ML track" or, for a role the article does not list, "its nearest track, …". */
function trackPhrase(role: Role): string {
  if (!role.track) return '';
  const name = tracks[role.track.trackId].name;
  return role.track.fit === 'nearest' ? `its nearest track, ${name}` : `its track, ${name}`;
}

/** One sentence per list the sources print for the role, must-haves first. */
export function gapSummary(role: Role, result: Readiness): string[] {
  const lines: string[] = [];
  const track = trackPhrase(role);
  if (result.mustHave.total > 0) lines.push(tallyText(result.mustHave, `must-have skills for ${track}`));
  if (result.core.total > 0) lines.push(tallyText(result.core, 'core skills for this role'));
  if (result.niceToHave.total > 0) lines.push(tallyText(result.niceToHave, `nice-to-have skills for ${track}`));
  return lines;
}

interface RoleGapProps {
  readonly role: Role;
  readonly skills: SkillStates;
  readonly headingLevel?: HeadingLevel;
  /** Adds the guide's advice on breaking in (off where the page shows it already). */
  readonly showBreakingIn?: boolean;
  /** Without its own heading and frame, e.g. in a table cell whose row header names it. */
  readonly bare?: boolean;
}

export function RoleGap({ role, skills, headingLevel = 3, showBreakingIn = true, bare = false }: RoleGapProps) {
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${(headingLevel + 1) as 3 | 4 | 5}` as const;
  const result = roleReadiness(role, skills);
  const Frame = bare ? 'div' : 'section';

  return (
    <Frame className={bare ? 'role-gap role-gap--bare' : 'role-gap'} aria-labelledby={bare ? undefined : headingId}>
      {bare ? null : (
        <Heading id={headingId} className="role-gap__title">
          {gapHeading(role)}
        </Heading>
      )}
      {!result.hasListedSkills ? (
        <p className="muted">Our sources list no skills for this role, so there is no gap to show.</p>
      ) : (
        <>
          <ul className="role-gap__tallies">
            {gapSummary(role, result).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {bare ? (
            <p className="role-gap__subtitle">Learn next:</p>
          ) : (
            <SubHeading className="role-gap__subtitle">Learn next</SubHeading>
          )}
          {result.learnNext.length === 0 ? (
            <p>You have every skill our sources list for this role.</p>
          ) : (
            <ol className="role-gap__next">
              {result.learnNext.map((item) => (
                <li key={item.skillId}>
                  <span className="role-gap__skill">{getSkill(item.skillId)?.name ?? item.skillId}</span>{' '}
                  <span className={`role-gap__tier role-gap__tier--${item.tier}`}>{tierText(role, item.tier)}</span>
                  {item.state === 'learning' ? <span className="role-gap__learning"> · you are learning this</span> : null}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
      {showBreakingIn && role.breakingIn ? (
        <p className="role-gap__advice">
          <strong>How to break in:</strong> {role.breakingIn}
        </p>
      ) : null}
    </Frame>
  );
}
