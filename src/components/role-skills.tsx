// A role's skills: its core skills from the role table, then the must-have and
// nice-to-have skills of its track in the skills article. Where the sources give
// nothing, it says so plainly instead of leaving a gap.
import { tracks } from '../content/tracks';
import type { Role } from '../content/types';
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
}

function SkillList({ skills, isShared, sharedLabel }: { skills: readonly string[]; isShared?: (skill: string) => boolean; sharedLabel?: string }) {
  return (
    <ul className="skill-list">
      {skills.map((skill) => {
        const shared = isShared?.(skill) ?? false;
        return (
          <li key={skill} className={shared ? 'is-shared' : undefined}>
            {skill}
            {shared && sharedLabel ? <> <span className="visually-hidden">{sharedLabel}</span></> : null}
          </li>
        );
      })}
    </ul>
  );
}

/** Core skills, then the track's must-have and nice-to-have skills, each with its source. */
export function RoleSkills({ role, headingLevel = 3, isShared, sharedLabel }: RoleSkillsProps) {
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${Math.min(headingLevel + 1, 6) as 3 | 4 | 5 | 6}` as const;
  const track = role.track ? tracks[role.track.trackId] : null;
  const listProps = { ...(isShared ? { isShared } : {}), ...(sharedLabel ? { sharedLabel } : {}) };

  return (
    <section className="role-skills">
      <Heading className="role-skills__title">Skills</Heading>

      <SubHeading className="role-skills__subtitle">Core skills</SubHeading>
      {role.coreSkills.length > 0 ? (
        <>
          <SkillList skills={role.coreSkills} {...listProps} />
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
          <SkillList skills={track.mustHave} {...listProps} />
          <SubHeading className="role-skills__subtitle">Nice-to-have skills</SubHeading>
          <SkillList skills={track.niceToHave} {...listProps} />
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
