// One role in full. Prerendered for each id, so it renders from the route params
// alone. Every heading is always shown; where the sources say nothing, it says so.
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { NotFound } from '../../components/not-found';
import { PageHeading } from '../../components/page-heading';
import { RoleGap } from '../../components/role-gap';
import { SkillMark } from '../../components/role-skills';
import { SkillsCheckLink } from '../../components/skills-check-link';
import { SalaryCard } from '../../components/salary-card';
import { SourceLine } from '../../components/source-line';
import { useDocumentTitle } from '../../components/use-document-title';
import { getRole } from '../../content/roles';
import { tracks } from '../../content/tracks';
import type { Role, SkillId } from '../../content/types';
import { shorten, type SkillStates } from '../../engine';
import { paths, type PageMeta, type PageParams } from '../../routes/manifest';
import { hasAnySkill, useSavedSkills } from '../../state';
import { AnswersThatLeadHere } from './answers-that-lead-here';
import './roles.css';

const NOT_COVERED = 'Our sources don’t cover this.';

/** The role an address names, matched as typed in any case. */
function roleFor(roleId: string | undefined) {
  return getRole((roleId ?? '').trim().toLowerCase());
}

export function RolePage() {
  const { roleId = '' } = useParams();
  const role = roleFor(roleId);
  if (!role) return <NotFound detail={`There is no role called “${shorten(roleId)}”.`} />;
  return <RoleDetails role={role} />;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="role-section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/** A printed skill list, each skill marked with the person's state when they marked any. */
function Skills({ names, ids, states }: { names: readonly string[]; ids: readonly SkillId[]; states: SkillStates }) {
  const marked = hasAnySkill(states);
  return (
    <ul className="skill-list">
      {names.map((skill, index) => {
        const skillId = ids[index];
        return (
          <li key={skill}>
            {skill}
            {marked && skillId ? <SkillMark states={states} skillId={skillId} /> : null}
          </li>
        );
      })}
    </ul>
  );
}

function RoleDetails({ role }: { role: Role }) {
  useDocumentTitle(role.name);
  const skills = useSavedSkills();
  const withSkills = hasAnySkill(skills);
  const track = role.track ? tracks[role.track.trackId] : null;
  const other = role.differsFrom ? getRole(role.differsFrom.roleId) : undefined;

  return (
    <article className="role-page stack">
      <header className="role-page__intro measure">
        <PageHeading>{role.name}</PageHeading>
        {role.alsoKnownAs.length > 0 ? <p className="muted">Also known as: {role.alsoKnownAs.join(', ')}</p> : null}
        <p className="role-page__summary">{role.summary}</p>
      </header>

      <div className="card role-page__salary">
        <SalaryCard role={role} headingLevel={2} />
      </div>

      <div className="role-page__body measure stack">
        <Section title="What the day looks like">
          <p>{role.dayToDay ?? NOT_COVERED}</p>
        </Section>

        <Section title="Who it suits">
          <p>{role.suits ?? NOT_COVERED}</p>
        </Section>

        <Section title="How to break in">
          <p>{role.breakingIn ?? NOT_COVERED}</p>
        </Section>

        <Section title="How it differs">
          {role.differsFrom && other ? (
            <>
              <p>
                Compared with <Link to={paths.role(other.id)}>{other.name}</Link>: {role.differsFrom.text}
              </p>
              <p>
                <Link to={paths.compare([role.id, other.id])}>
                  Compare {role.name} and {other.name} side by side
                </Link>
              </p>
            </>
          ) : (
            <p>Our sources don’t compare this role with a neighbouring one.</p>
          )}
        </Section>

        <Section title="Honest notes">
          {role.honestNotes.length > 0 ? (
            <ul>
              {role.honestNotes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          ) : (
            <p>{NOT_COVERED}</p>
          )}
        </Section>

        <Section title="Core skills">
          {role.coreSkills.length > 0 ? (
            <>
              <Skills names={role.coreSkills} ids={role.coreSkillIds} states={skills} />
              {role.coreSkillsSourceId ? <SourceLine sourceId={role.coreSkillsSourceId} /> : null}
            </>
          ) : (
            <p>Our sources list no core skills for this role.</p>
          )}
        </Section>

        <Section title="Skills for its track">
          {role.track && track ? (
            <>
              <p>
                {role.track.fit === 'nearest'
                  ? `Our sources don’t name this role under a skills track. The nearest one is ${track.name}.`
                  : `Our sources list this role under the ${track.name} track.`}
              </p>
              <h3>Must-have skills</h3>
              <Skills names={track.mustHave} ids={track.mustHaveIds} states={skills} />
              <h3>Nice-to-have skills</h3>
              <Skills names={track.niceToHave} ids={track.niceToHaveIds} states={skills} />
              <SourceLine sourceId={track.sourceId} />
            </>
          ) : (
            <p>Our sources don’t place this role in a skills track, so they list no track skills for it.</p>
          )}
        </Section>

        {withSkills ? (
          <div className="role-section">
            {/* The page has its own "How to break in" section: the gap leaves it out. */}
            <RoleGap role={role} skills={skills} headingLevel={2} showBreakingIn={false} />
            <p>
              <SkillsCheckLink hasSkills returnTo={paths.role(role.id)} returnLabel={role.name} />
            </p>
          </div>
        ) : null}

        <Section title="Answers that lead here">
          <AnswersThatLeadHere role={role} />
        </Section>
      </div>

      <nav aria-label="Next steps" className="role-page__next">
        <ul className="link-list">
          <li>
            <Link to={paths.quiz()}>Take the quiz</Link>
          </li>
          <li>
            <Link to={paths.compare([role.id])}>Compare with another role</Link>
          </li>
          {withSkills ? null : (
            <li>
              <SkillsCheckLink hasSkills={false} returnTo={paths.role(role.id)} returnLabel={role.name} />
            </li>
          )}
          <li>
            <Link to={paths.roles()}>All roles</Link>
          </li>
        </ul>
      </nav>
    </article>
  );
}

export function meta(params: PageParams): PageMeta {
  const role = roleFor(params.roleId);
  return role ? { title: role.name, description: role.summary } : { title: 'Role not found', description: 'There is no such role in the quiz.' };
}

export { RolePage as Component };
