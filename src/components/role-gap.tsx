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
import { counted, m } from '../i18n';
import { EnglishTerm } from './english-term';
import { withParts } from './message-parts';
import './role-gap.css';

type HeadingLevel = 2 | 3 | 4;

export const TIER_TEXT: Readonly<Record<SkillTier, string>> = {
  'must-have': m.components_tier_must_have(),
  core: m.components_tier_core(),
  'nice-to-have': m.components_tier_nice_to_have(),
};

/** The same, for a role whose track is only the nearest one: its lists are borrowed, and say so. */
export const NEAREST_TRACK_TIER_TEXT: Readonly<Record<SkillTier, string>> = {
  'must-have': m.components_tier_must_have_nearest(),
  core: m.components_tier_core(),
  'nice-to-have': m.components_tier_nice_to_have_nearest(),
};

const TIER_CLASS: Readonly<Record<SkillTier, string>> = {
  'must-have': 'role-gap__tier role-gap__tier--must-have',
  core: 'role-gap__tier role-gap__tier--core',
  'nice-to-have': 'role-gap__tier role-gap__tier--nice-to-have',
};

export function tierText(role: Role, tier: SkillTier): string {
  return (role.track?.fit === 'nearest' ? NEAREST_TRACK_TIER_TEXT : TIER_TEXT)[tier];
}

/** The gap's heading; it names the role, since a page can show several. */
export function gapHeading(role: Role): string {
  return m.components_gap_heading({ role: role.name });
}

/** The role's readiness for these skills. */
export function roleReadiness(role: Role, skills: SkillStates): Readiness {
  return readiness(roleSkillRequirements(role), skills);
}

/** "its track, Applied ML" or, for a role the article does not list, "its nearest track, …". */
function trackPhrase(role: Role): string {
  if (!role.track) return '';
  const track = tracks[role.track.trackId].name;
  return role.track.fit === 'nearest' ? m.components_gap_nearest_track({ track }) : m.components_gap_track({ track });
}

/** Each list's sentence, without and with the skills being learnt. */
const TALLY_TEXT = {
  mustHave: [m.components_gap_tally_must_have, m.components_gap_tally_must_have_learning],
  core: [m.components_gap_tally_core, m.components_gap_tally_core_learning],
  niceToHave: [m.components_gap_tally_nice_to_have, m.components_gap_tally_nice_to_have_learning],
} as const;

function tallyText(list: keyof typeof TALLY_TEXT, tally: SkillTally, track: string): string {
  const [plain, withLearning] = TALLY_TEXT[list];
  const inputs = { have: tally.have, track, ...counted(tally.total) };
  return tally.learning > 0 ? withLearning({ ...inputs, learning: tally.learning }) : plain(inputs);
}

/** One sentence per list the sources print for the role, must-haves first. */
export function gapSummary(role: Role, result: Readiness): string[] {
  const track = trackPhrase(role);
  return (['mustHave', 'core', 'niceToHave'] as const).flatMap((list) => (result[list].total > 0 ? [tallyText(list, result[list], track)] : []));
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
        <p className="muted">{m.components_gap_no_skills()}</p>
      ) : (
        <>
          <ul className="role-gap__tallies">
            {gapSummary(role, result).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {bare ? (
            <p className="role-gap__subtitle">{m.components_gap_learn_next_lead()}</p>
          ) : (
            <SubHeading className="role-gap__subtitle">{m.components_gap_learn_next()}</SubHeading>
          )}
          {result.learnNext.length === 0 ? (
            <p>{m.components_gap_all_skills()}</p>
          ) : (
            <ol className="role-gap__next">
              {result.learnNext.map((item) => (
                <li key={item.skillId}>
                  <span className="role-gap__skill">
                    <EnglishTerm>{getSkill(item.skillId)?.name ?? item.skillId}</EnglishTerm>
                  </span>{' '}
                  <span className={TIER_CLASS[item.tier]}>{tierText(role, item.tier)}</span>
                  {item.state === 'learning' ? (
                    <span className="role-gap__learning">
                      {' '}
                      {m.components_gap_learning_this()}
                    </span>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
      {showBreakingIn && role.breakingIn ? (
        <p className="role-gap__advice">
          {withParts(m.components_gap_breaking_in, { heading: <strong>{m.components_gap_breaking_in_heading()}</strong> }, { advice: role.breakingIn })}
        </p>
      ) : null}
    </Frame>
  );
}
