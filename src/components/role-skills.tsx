// A role's skills: its core skills from the role table, then the must-have and
// nice-to-have skills of its track in the skills article. Where the sources give
// nothing, it says so plainly instead of leaving a gap.
import { skillStateOf, type SkillStates } from '../engine';
import { hasAnySkill } from '../state';
import { tracks } from '../content/tracks';
import type { Role, SkillId, TrackId } from '../content/types';
import { m } from '../i18n';
import { EnglishTerm } from './english-term';
import { withParts } from './message-parts';
import { SourceLine } from './source-line';
import './role-skills.css';

type HeadingLevel = 2 | 3 | 4 | 5;

interface RoleSkillsProps {
  readonly role: Role;
  /** The level of the "Skills" heading; the sub-headings are one level below. */
  readonly headingLevel?: HeadingLevel;
  /** Marks a skill as shared (li.is-shared), e.g. when comparing roles. */
  readonly isShared?: (skill: string) => boolean;
  /** Screen-reader text after a shared skill, e.g. "(also in another role you chose)". */
  readonly sharedLabel?: string;
  /** The person's skills: when any are marked, each listed skill says whether they have it. */
  readonly skills?: SkillStates;
  /**
   * Where the track's skills are: `here` (below the core skills) or `elsewhere`, for a page that
   * lists each track once (TrackSkills) and says so in its place.
   */
  readonly trackSkills?: 'here' | 'elsewhere';
}

interface SkillListProps {
  readonly skills: readonly string[];
  /** The catalogue ids of `skills`, in the same order. */
  readonly ids: readonly SkillId[];
  readonly isShared?: (skill: string) => boolean;
  readonly sharedLabel?: string;
  readonly states?: SkillStates;
}

const MARK_TEXT = { have: m.components_skill_mark_have(), learning: m.components_skill_mark_learning() } as const;
const MARK_CLASS = { have: 'skill-mark skill-mark--have', learning: 'skill-mark skill-mark--learning' } as const;

/** "✓ you have this" / "learning" after a skill the person marked; nothing for the rest. */
export function SkillMark({ states, skillId }: { states: SkillStates; skillId: SkillId }) {
  const state = skillStateOf(states, skillId);
  if (state === 'missing') return null;
  return (
    <span className={MARK_CLASS[state]}>
      {' '}
      {state === 'have' ? <span aria-hidden="true">✓ </span> : null}
      {MARK_TEXT[state]}
    </span>
  );
}

function SkillList({ skills, ids, isShared, sharedLabel, states }: SkillListProps) {
  return (
    <ul className="skill-list">
      {skills.map((skill, index) => {
        const shared = isShared?.(skill) ?? false;
        const skillId = ids[index];
        return (
          <li key={skill} className={shared ? 'is-shared' : undefined}>
            <EnglishTerm>{skill}</EnglishTerm>
            {shared && sharedLabel ? <> <span className="visually-hidden">{sharedLabel}</span></> : null}
            {states && skillId ? <SkillMark states={states} skillId={skillId} /> : null}
          </li>
        );
      })}
    </ul>
  );
}

type ListProps = Pick<SkillListProps, 'isShared' | 'sharedLabel' | 'states'>;

function listPropsOf({ isShared, sharedLabel, skills }: Pick<RoleSkillsProps, 'isShared' | 'sharedLabel' | 'skills'>): ListProps {
  return {
    ...(isShared ? { isShared } : {}),
    ...(sharedLabel ? { sharedLabel } : {}),
    ...(skills && hasAnySkill(skills) ? { states: skills } : {}),
  };
}

interface TrackSkillsProps extends Pick<RoleSkillsProps, 'isShared' | 'sharedLabel' | 'skills'> {
  readonly trackId: TrackId;
  /** The level of the "Must-have skills" and "Nice-to-have skills" headings. */
  readonly headingLevel?: HeadingLevel | 6;
}

/** A track's must-have and nice-to-have skills, with their source. */
export function TrackSkills({ trackId, headingLevel = 4, ...marks }: TrackSkillsProps) {
  const Heading = `h${headingLevel}` as const;
  const track = tracks[trackId];
  const listProps = listPropsOf(marks);
  return (
    <>
      <Heading className="role-skills__subtitle">{m.components_skills_must_have()}</Heading>
      <SkillList skills={track.mustHave} ids={track.mustHaveIds} {...listProps} />
      <Heading className="role-skills__subtitle">{m.components_skills_nice_to_have()}</Heading>
      <SkillList skills={track.niceToHave} ids={track.niceToHaveIds} {...listProps} />
      <SourceLine sourceId={track.sourceId} />
    </>
  );
}

/** Core skills, then the track's must-have and nice-to-have skills, each with its source. */
export function RoleSkills({ role, headingLevel = 3, isShared, sharedLabel, skills, trackSkills = 'here' }: RoleSkillsProps) {
  const Heading = `h${headingLevel}` as const;
  const subLevel = Math.min(headingLevel + 1, 6) as 3 | 4 | 5 | 6;
  const SubHeading = `h${subLevel}` as const;
  const track = role.track ? tracks[role.track.trackId] : null;
  const marks = { ...(isShared ? { isShared } : {}), ...(sharedLabel ? { sharedLabel } : {}), ...(skills ? { skills } : {}) };
  const listProps = listPropsOf(marks);

  return (
    <section className="role-skills">
      <Heading className="role-skills__title">{m.components_skills_heading()}</Heading>

      <SubHeading className="role-skills__subtitle">{m.components_skills_core()}</SubHeading>
      {role.coreSkills.length > 0 ? (
        <>
          <SkillList skills={role.coreSkills} ids={role.coreSkillIds} {...listProps} />
          {role.coreSkillsSourceId ? <SourceLine sourceId={role.coreSkillsSourceId} /> : null}
        </>
      ) : (
        <p className="muted role-skills__none">{m.components_skills_no_core()}</p>
      )}

      {role.track && track ? (
        <>
          {role.track.fit === 'nearest' ? (
            <p className="muted role-skills__note">
              {withParts(trackSkills === 'here' ? m.components_skills_nearest_here : m.components_skills_nearest_elsewhere, {
                track: <EnglishTerm>{track.name}</EnglishTerm>,
              })}
            </p>
          ) : (
            <p className="muted role-skills__note">{withParts(m.components_skills_track, { track: <EnglishTerm>{track.name}</EnglishTerm> })}</p>
          )}
          {trackSkills === 'here' ? <TrackSkills trackId={role.track.trackId} headingLevel={subLevel} {...marks} /> : null}
        </>
      ) : (
        <p className="muted role-skills__none">{m.components_skills_no_track()}</p>
      )}
    </section>
  );
}
