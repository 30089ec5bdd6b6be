// A role's skills: its core skills from the role table, then the must-have and
// nice-to-have skills of its track in the skills article. Where the sources give
// nothing, it says so plainly instead of leaving a gap.
import { skillStateOf, type SkillStates } from '../engine';
import { hasAnySkill } from '../state';
import { tracks } from '../content/tracks';
import type { Role, SkillId } from '../content/types';
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
}

interface SkillListProps {
  readonly skills: readonly string[];
  /** The catalogue ids of `skills`, in the same order. */
  readonly ids: readonly SkillId[];
  readonly isShared?: (skill: string) => boolean;
  readonly sharedLabel?: string;
  readonly states?: SkillStates;
}

const MARK_TEXT = { have: 'you have this', learning: 'learning' } as const;

/** "✓ you have this" / "learning" after a skill the person marked; nothing for the rest. */
export function SkillMark({ states, skillId }: { states: SkillStates; skillId: SkillId }) {
  const state = skillStateOf(states, skillId);
  if (state === 'missing') return null;
  return (
    <span className={`skill-mark skill-mark--${state}`}>
      {' '}
      {state === 'have' ? <span aria-hidden="true">✓ </span> : null}({MARK_TEXT[state]})
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
            {skill}
            {shared && sharedLabel ? <> <span className="visually-hidden">{sharedLabel}</span></> : null}
            {states && skillId ? <SkillMark states={states} skillId={skillId} /> : null}
          </li>
        );
      })}
    </ul>
  );
}

/** Core skills, then the track's must-have and nice-to-have skills, each with its source. */
export function RoleSkills({ role, headingLevel = 3, isShared, sharedLabel, skills }: RoleSkillsProps) {
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${Math.min(headingLevel + 1, 6) as 3 | 4 | 5 | 6}` as const;
  const track = role.track ? tracks[role.track.trackId] : null;
  const listProps = {
    ...(isShared ? { isShared } : {}),
    ...(sharedLabel ? { sharedLabel } : {}),
    ...(skills && hasAnySkill(skills) ? { states: skills } : {}),
  };

  return (
    <section className="role-skills">
      <Heading className="role-skills__title">Skills</Heading>

      <SubHeading className="role-skills__subtitle">Core skills</SubHeading>
      {role.coreSkills.length > 0 ? (
        <>
          <SkillList skills={role.coreSkills} ids={role.coreSkillIds} {...listProps} />
          {role.coreSkillsSourceId ? <SourceLine sourceId={role.coreSkillsSourceId} /> : null}
        </>
      ) : (
        <p className="muted role-skills__none">Our sources list no core skills for this role.</p>
      )}

      {role.track && track ? (
        <>
          {role.track.fit === 'nearest' ? (
            <p className="muted role-skills__note">
              The skills article’s tracks don’t list this role; the skills below are those of its nearest track, {track.name}.
            </p>
          ) : (
            <p className="muted role-skills__note">The skills article lists this role under its track {track.name}.</p>
          )}
          <SubHeading className="role-skills__subtitle">Must-have skills</SubHeading>
          <SkillList skills={track.mustHave} ids={track.mustHaveIds} {...listProps} />
          <SubHeading className="role-skills__subtitle">Nice-to-have skills</SubHeading>
          <SkillList skills={track.niceToHave} ids={track.niceToHaveIds} {...listProps} />
          <SourceLine sourceId={track.sourceId} />
        </>
      ) : (
        <p className="muted role-skills__none">
          Neither source puts this role in a skills track, so there are no must-have or nice-to-have skills to show.
        </p>
      )}
    </section>
  );
}
