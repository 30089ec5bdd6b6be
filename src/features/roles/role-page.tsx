// One role in full. Prerendered for each id, so it renders from the route params
// alone. Every heading is always shown; where the sources say nothing, it says so.
// The first screen of a phone holds what everyone comes for: the role in a line, its
// salary and who it suits. Lists only some people need (the track's skills, the answer
// sets that lead here) open from a top-level <details>, so the page opens short.
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { EnglishTerm } from '../../components/english-term';
import { withParts } from '../../components/message-parts';
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
import { counted, m } from '../../i18n';
import { isComplete, shorten, type SkillStates } from '../../engine';
import { paths, type PageMeta, type PageParams } from '../../routes/manifest';
import { hasAnySkill, useSavedAnswers, useSavedSkills } from '../../state';
import { AnswersThatLeadHere } from './answers-that-lead-here';
import { Disclosure } from '../../components/disclosure';
import './roles.css';

const NOT_COVERED = m.roles_not_covered();

/** The role page's section headings, in page order (the salary card brings its own). */
export const ROLE_SECTIONS = {
  suits: m.roles_section_suits(),
  day: m.roles_section_day(),
  breakingIn: m.roles_section_breaking_in(),
  differs: m.roles_section_differs(),
  notes: m.roles_section_notes(),
  coreSkills: m.roles_section_core_skills(),
  track: m.roles_section_track(),
  answers: m.roles_section_answers(),
} as const;

/** The next step the page offers: the quiz, or the person's own results once every question is answered. */
export const ROLE_ACTIONS = {
  takeQuiz: m.roles_take_quiz(),
  seeResults: m.roles_see_results(),
} as const;

/** Where a list's source is one the page has cited already, it points up to that citation. */
export const SAME_SOURCE_AS = {
  salary: m.roles_same_source_salary(),
  coreSkills: m.roles_same_source_core_skills(),
  salaryAndCoreSkills: m.roles_same_source_salary_and_core_skills(),
} as const;

type CitedAbove = keyof typeof SAME_SOURCE_AS;

/** The role an address names, matched as typed in any case. */
function roleFor(roleId: string | undefined) {
  return getRole((roleId ?? '').trim().toLowerCase());
}

export function RolePage() {
  const { roleId = '' } = useParams();
  const role = roleFor(roleId);
  if (!role) return <NotFound detail={m.roles_no_such_role({ role: shorten(roleId) })} />;
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
            <EnglishTerm>{skill}</EnglishTerm>
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

/** "The track’s 5 must-have and 4 nice-to-have skills": what the track's disclosure holds. */
function trackSummary(nearest: boolean, mustHaveCount: number, niceToHaveCount: number): string {
  const must = counted(mustHaveCount);
  const nice = counted(niceToHaveCount);
  const inputs = { mustHave: must.count, mustForm: must.form, niceToHave: nice.count, niceForm: nice.form };
  return nearest ? m.roles_track_summary_nearest(inputs) : m.roles_track_summary(inputs);
}

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
        <PageHeading>
          <EnglishTerm>{role.name}</EnglishTerm>
        </PageHeading>
        {role.alsoKnownAs.length > 0 ? (
          <p className="muted role-page__aka">
            {withParts(m.roles_also_known_as, { names: <EnglishTerm>{role.alsoKnownAs.join(', ')}</EnglishTerm> })}
          </p>
        ) : null}
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
                {withParts(
                  m.roles_compared_with,
                  {
                    role: (
                      <Link to={paths.role(other.id)}>
                        <EnglishTerm>{other.name}</EnglishTerm>
                      </Link>
                    ),
                  },
                  { text: role.differsFrom.text },
                )}
              </p>
              <p>
                <Link to={paths.compare([role.id, other.id])}>
                  {withParts(m.roles_compare_pair, {
                    role: <EnglishTerm>{role.name}</EnglishTerm>,
                    other: <EnglishTerm>{other.name}</EnglishTerm>,
                  })}
                </Link>
              </p>
            </>
          ) : (
            <p>{m.roles_no_comparison()}</p>
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
            <p>{m.roles_no_core_skills()}</p>
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
                {withParts(role.track.fit === 'nearest' ? m.roles_track_nearest : m.roles_track_named, {
                  track: <EnglishTerm>{track.name}</EnglishTerm>,
                })}
              </p>
              <Disclosure summary={trackSummary(role.track.fit === 'nearest', track.mustHave.length, track.niceToHave.length)}>
                <h3>{m.roles_must_have_heading()}</h3>
                <Skills names={track.mustHave} ids={track.mustHaveIds} states={skills} />
                <h3>{m.roles_nice_to_have_heading()}</h3>
                <Skills names={track.niceToHave} ids={track.niceToHaveIds} states={skills} />
                <ListSource sourceId={track.sourceId} citedAbove={cited.track} />
              </Disclosure>
            </>
          ) : (
            <p>{m.roles_no_track()}</p>
          )}
        </Section>

        <Section title={ROLE_SECTIONS.answers}>
          <AnswersThatLeadHere role={role} />
        </Section>
      </div>

      <nav aria-label={m.roles_next_label()} className="role-page__next">
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
            <Link to={paths.compare([role.id])}>{m.roles_compare_another()}</Link>
          </li>
          {withSkills ? null : (
            <li>
              <SkillsCheckLink wording="check" returnTo={paths.role(role.id)} returnLabel={role.name} />
            </li>
          )}
          <li>
            <Link to={paths.roles()}>{m.roles_all_roles()}</Link>
          </li>
        </ul>
      </nav>
    </article>
  );
}

export function meta(params: PageParams): PageMeta {
  const role = roleFor(params.roleId);
  return role ? { title: role.name, description: role.summary } : { title: m.roles_not_found_title(), description: m.roles_not_found_description() };
}

export { RolePage as Component };
