// One role in full. Prerendered for each id, so it renders from the route params
// alone. Every heading is always shown; where the sources say nothing, it says so.
// The first screen of a phone holds what everyone comes for: the role in a line, its
// salary and who it suits. Lists only some people need (the track's skills, the answer
// sets that lead here) open from a top-level <details>, so the page opens short.
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
import { questionFlow } from '../../content/question-flow';
import { getRole } from '../../content/roles';
import { tracks } from '../../content/tracks';
import type { Role, SkillId, SourceId } from '../../content/types';
import { isComplete, shorten, type SkillStates } from '../../engine';
import { paths, type PageMeta, type PageParams } from '../../routes/manifest';
import { hasAnySkill, useSavedAnswers, useSavedSkills } from '../../state';
import { AnswersThatLeadHere } from './answers-that-lead-here';
import { Disclosure } from '../../components/disclosure';
import './roles.css';

const NOT_COVERED = 'Our sources don’t cover this.';

/** The role page's section headings, in page order (the salary card brings its own). */
export const ROLE_SECTIONS = {
  suits: 'Who it suits',
  day: 'What the day looks like',
  breakingIn: 'How to break in',
  differs: 'How it differs',
  notes: 'Honest notes',
  coreSkills: 'Core skills',
  track: 'Skills for its track',
  answers: 'Answers that lead here',
} as const;

/** The next step the page offers: the quiz, or the person's own results once every question is answered. */
export const ROLE_ACTIONS = {
  takeQuiz: 'Take the quiz',
  seeResults: 'See your results',
} as const;

/** Where a list's source is one the page has cited already, it points up to that citation. */
export const SAME_SOURCE_AS = {
  salary: 'Source: the same as for the salary figures above.',
  coreSkills: 'Source: the same as for the core skills above.',
  salaryAndCoreSkills: 'Source: the same as for the salary figures and core skills above.',
} as const;

type CitedAbove = keyof typeof SAME_SOURCE_AS;

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

function Section({ title, className, children }: { title: string; className?: string; children: ReactNode }) {
  return (
    <section className={className ? `role-section ${className}` : 'role-section'}>
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

/** A list's source: in full where the page cites it first, else a pointer to where it was cited. */
function ListSource({ sourceId, citedAbove }: { sourceId: SourceId; citedAbove: CitedAbove | null }) {
  return citedAbove === null ? <SourceLine sourceId={sourceId} /> : <p className="source-line">{SAME_SOURCE_AS[citedAbove]}</p>;
}

/**
 * Each source is cited in full once, where the page first uses it (the salary card cites its
 * own); a later list from the same source points up to every earlier use, so no line repeats.
 */
function citations(role: Role, trackSourceId: SourceId | null): { core: CitedAbove | null; track: CitedAbove | null } {
  const salary = role.salary?.sourceId ?? null;
  const core = role.coreSkills.length > 0 ? role.coreSkillsSourceId : null;
  const coreCitedAbove: CitedAbove | null = core !== null && core === salary ? 'salary' : null;
  let trackCitedAbove: CitedAbove | null = null;
  if (trackSourceId !== null && trackSourceId === salary) trackCitedAbove = trackSourceId === core ? 'salaryAndCoreSkills' : 'salary';
  else if (trackSourceId !== null && trackSourceId === core) trackCitedAbove = 'coreSkills';
  return { core: coreCitedAbove, track: trackCitedAbove };
}

const count = (total: number, what: string) => `${total} ${what}`;

function RoleDetails({ role }: { role: Role }) {
  useDocumentTitle(role.name);
  const skills = useSavedSkills();
  const withSkills = hasAnySkill(skills);
  // None until saved progress is read (and none on the server), as on the home page: the
  // prerendered page offers the quiz, and the same line offers the results once they are read.
  const answers = useSavedAnswers();
  const finished = Object.keys(answers).length > 0 && isComplete(questionFlow, answers);
  const track = role.track ? tracks[role.track.trackId] : null;
  const other = role.differsFrom ? getRole(role.differsFrom.roleId) : undefined;
  const cited = citations(role, track?.sourceId ?? null);

  return (
    <article className="role-page stack">
      <header className="role-page__intro measure">
        <PageHeading>{role.name}</PageHeading>
        {role.alsoKnownAs.length > 0 ? <p className="muted role-page__aka">Also known as: {role.alsoKnownAs.join(', ')}</p> : null}
        <p className="role-page__summary">{role.summary}</p>
      </header>

      <div className="role-page__key">
        <div className="card role-page__salary">
          <SalaryCard role={role} headingLevel={2} />
        </div>
        <Section title={ROLE_SECTIONS.suits} className="role-page__suits">
          <p>{role.suits ?? NOT_COVERED}</p>
        </Section>
      </div>

      <div className="role-page__body measure stack">
        <Section title={ROLE_SECTIONS.day}>
          <p>{role.dayToDay ?? NOT_COVERED}</p>
        </Section>

        <Section title={ROLE_SECTIONS.breakingIn}>
          <p>{role.breakingIn ?? NOT_COVERED}</p>
        </Section>

        <Section title={ROLE_SECTIONS.differs}>
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

        <Section title={ROLE_SECTIONS.notes}>
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

        <Section title={ROLE_SECTIONS.coreSkills}>
          {role.coreSkills.length > 0 ? (
            <>
              <Skills names={role.coreSkills} ids={role.coreSkillIds} states={skills} />
              {role.coreSkillsSourceId ? <ListSource sourceId={role.coreSkillsSourceId} citedAbove={cited.core} /> : null}
            </>
          ) : (
            <p>Our sources list no core skills for this role.</p>
          )}
        </Section>

        {withSkills ? (
          <div className="role-section">
            {/* The page has its own "How to break in" section: the gap leaves it out. */}
            <RoleGap role={role} skills={skills} headingLevel={2} showBreakingIn={false} />
            <p>
              <SkillsCheckLink wording="update" returnTo={paths.role(role.id)} returnLabel={role.name} />
            </p>
          </div>
        ) : null}

        <Section title={ROLE_SECTIONS.track}>
          {role.track && track ? (
            <>
              <p>
                {role.track.fit === 'nearest'
                  ? `Our sources don’t name this role under a skills track. The nearest one is ${track.name}.`
                  : `Our sources list this role under the ${track.name} track.`}
              </p>
              <Disclosure
                summary={`${role.track.fit === 'nearest' ? 'The nearest track’s' : 'The track’s'} ${count(track.mustHave.length, 'must-have')} and ${count(track.niceToHave.length, 'nice-to-have skills')}`}
              >
                <h3>Must-have skills</h3>
                <Skills names={track.mustHave} ids={track.mustHaveIds} states={skills} />
                <h3>Nice-to-have skills</h3>
                <Skills names={track.niceToHave} ids={track.niceToHaveIds} states={skills} />
                <ListSource sourceId={track.sourceId} citedAbove={cited.track} />
              </Disclosure>
            </>
          ) : (
            <p>Our sources don’t place this role in a skills track, so they list no track skills for it.</p>
          )}
        </Section>

        <Section title={ROLE_SECTIONS.answers}>
          <AnswersThatLeadHere role={role} />
        </Section>
      </div>

      <nav aria-label="Next steps" className="role-page__next">
        <ul className="link-list">
          <li>
            {/* One line either way, so nothing moves when saved answers turn out to be complete. */}
            {finished ? (
              <Link to={paths.results(answers)}>{ROLE_ACTIONS.seeResults}</Link>
            ) : (
              <Link to={paths.quiz()}>{ROLE_ACTIONS.takeQuiz}</Link>
            )}
          </li>
          <li>
            <Link to={paths.compare([role.id])}>Compare with another role</Link>
          </li>
          {withSkills ? null : (
            <li>
              <SkillsCheckLink wording="check" returnTo={paths.role(role.id)} returnLabel={role.name} />
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
