// One role in full. Prerendered for each id, so it renders from the route params
// alone. Every heading is always shown; where the sources say nothing, it says so.
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { NotFound } from '../../components/not-found';
import { PageHeading } from '../../components/page-heading';
import { SalaryCard } from '../../components/salary-card';
import { SourceLine } from '../../components/source-line';
import { useDocumentTitle } from '../../components/use-document-title';
import { getRole } from '../../content/roles';
import { tracks } from '../../content/tracks';
import type { Role } from '../../content/types';
import { shorten } from '../../engine';
import { paths, type PageMeta, type PageParams } from '../../routes/manifest';
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

function RoleDetails({ role }: { role: Role }) {
  useDocumentTitle(role.name);
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
              <ul className="skill-list">
                {role.coreSkills.map((skill) => (
                  <li key={skill}>{skill}</li>
                ))}
              </ul>
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
              <ul className="skill-list">
                {track.mustHave.map((skill) => (
                  <li key={skill}>{skill}</li>
                ))}
              </ul>
              <h3>Nice-to-have skills</h3>
              <ul className="skill-list">
                {track.niceToHave.map((skill) => (
                  <li key={skill}>{skill}</li>
                ))}
              </ul>
              <SourceLine sourceId={track.sourceId} />
            </>
          ) : (
            <p>Our sources don’t place this role in a skills track, so they list no track skills for it.</p>
          )}
        </Section>

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
