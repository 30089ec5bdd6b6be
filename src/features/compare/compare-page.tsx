// Two or three roles side by side, chosen in the URL (/compare?roles=a,b,c) so a
// comparison can be shared. The page renders from the URL alone; only the "back to
// your results" link reads the saved answers, and it is the same on the first render.
import { useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { SalaryFigure } from '../../components/salary-card';
import { citeSource } from '../../components/source-line';
import { useDocumentTitle } from '../../components/use-document-title';
import { questionFlow } from '../../content/question-flow';
import { getRole, isRoleId, roles as allRoles } from '../../content/roles';
import { tracks } from '../../content/tracks';
import type { Role, RoleId, SourceId } from '../../content/types';
import { answersToSearchParams } from '../../engine';
import { selectIsComplete, useAnswers, useQuizStore } from '../../state';
import { compareSearch, MAX_COMPARED, parseCompareRoles, type CompareProblem } from './parse-roles';
import { normaliseSkill, sharedSkills } from './shared-skills';
import './compare.css';

const NOT_COVERED = 'Our sources don’t cover this.';
const NONE_LISTED = 'Our sources list none for this role.';
/** A hostile link could name hundreds of unknown roles; name a few and count the rest. */
const MAX_UNKNOWN_SHOWN = 5;

const listFormat = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

function roleName(id: RoleId): string {
  return getRole(id)?.name ?? id;
}

export function ComparePage() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const { roleIds, problems } = useMemo(() => parseCompareRoles(searchParams), [searchParams]);
  const chosen = useMemo(() => roleIds.flatMap((id) => getRole(id) ?? []), [roleIds]);
  const names = chosen.map((role) => role.name);

  useDocumentTitle(names.length > 0 ? `Compare ${listFormat.format(names)}` : 'Compare AI roles');

  // Commas are written as they are (role ids need no escaping), so the link stays readable.
  const show = (ids: readonly RoleId[]) => {
    void navigate({ search: compareSearch(ids) });
  };

  return (
    <div className="compare-page stack">
      <PageHeading>Compare AI roles</PageHeading>

      <div role="status" aria-label="Problems with this link" className="notice-region">
        {problems.length > 0 ? <CompareNotice problems={problems} /> : null}
      </div>

      <Explanation chosen={chosen} hadProblems={problems.length > 0} />

      <AddRoleForm shownIds={roleIds} onAdd={(id) => show([...roleIds, id])} />

      {chosen.length > 0 ? (
        <CompareTable chosen={chosen} onRemove={(id) => show(roleIds.filter((shown) => shown !== id))} />
      ) : null}

      <nav aria-label="More" className="compare-more">
        <ul className="link-list">
          <li>
            <BackLink />
          </li>
          <li>
            <Link to="/roles">All AI roles</Link>
          </li>
        </ul>
      </nav>
    </div>
  );
}

function problemText(problem: CompareProblem): string {
  switch (problem.kind) {
    case 'unknown':
      return `“${problem.value}” is not one of our roles, so it was left out.`;
    case 'duplicate':
      return `“${problem.roleId}” was listed ${problem.count === 2 ? 'twice' : `${problem.count} times`}; it is shown once.`;
    case 'too-many':
      return `You can compare up to three roles at once; showing the first three. Left out: ${listFormat.format(problem.leftOut.map(roleName))}.`;
  }
}

function CompareNotice({ problems }: { problems: readonly CompareProblem[] }) {
  const unknown = problems.filter((problem) => problem.kind === 'unknown');
  const others = problems.filter((problem) => problem.kind !== 'unknown');
  const shown = [...unknown.slice(0, MAX_UNKNOWN_SHOWN), ...others];
  const hidden = unknown.length - Math.min(unknown.length, MAX_UNKNOWN_SHOWN);
  return (
    <div className="notice compare-notice">
      <p>Not everything in this link could be used:</p>
      <ul>
        {shown.map((problem) => (
          <li key={`${problem.kind}:${problem.kind === 'unknown' ? problem.value : problem.kind === 'duplicate' ? problem.roleId : ''}`}>
            {problemText(problem)}
          </li>
        ))}
        {hidden > 0 ? <li>{`${hidden} more ${hidden === 1 ? 'name is' : 'names are'} not among our roles and ${hidden === 1 ? 'was' : 'were'} left out.`}</li> : null}
      </ul>
    </div>
  );
}

function Explanation({ chosen, hadProblems }: { chosen: readonly Role[]; hadProblems: boolean }) {
  const first = chosen[0];
  if (!first) {
    return (
      <div className="measure">
        <p>
          {hadProblems ? 'None of the roles in this link could be shown. ' : ''}
          Choose two or three roles to see their salaries, skills, who they suit and how to break in, side by side.
        </p>
        <p className="muted">
          Not sure where to start? <Link to="/roles">Browse all AI roles</Link>.
        </p>
      </div>
    );
  }
  if (chosen.length === 1) {
    return <p className="measure">Add at least one more role below to compare it with {first.name}.</p>;
  }
  return (
    <p className="measure">
      Salaries, skills and honest notes for {listFormat.format(chosen.map((role) => role.name))}, from our two sources.
    </p>
  );
}

function AddRoleForm({ shownIds, onAdd }: { shownIds: readonly RoleId[]; onAdd: (id: RoleId) => void }) {
  const selectId = useId();
  const noteId = useId();
  const [choice, setChoice] = useState('');
  const available = allRoles.filter((role) => !shownIds.includes(role.id));
  const full = shownIds.length >= MAX_COMPARED;
  const selected = available.some((role) => role.id === choice) ? choice : (available[0]?.id ?? '');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!full && isRoleId(selected) && !shownIds.includes(selected)) onAdd(selected);
  };

  return (
    <form className="compare-add" onSubmit={submit}>
      <label htmlFor={selectId} className="compare-add__label">
        Add a role to compare
      </label>
      {full ? (
        <p id={noteId} className="muted compare-add__note">
          You are comparing three roles, the most at once. Remove one to add another.
        </p>
      ) : null}
      <div className="compare-add__controls">
        <select
          id={selectId}
          className="text-field compare-add__select"
          value={selected}
          onChange={(event) => setChoice(event.target.value)}
          disabled={full}
          aria-describedby={full ? noteId : undefined}
        >
          {available.map((role) => (
            <option key={role.id} value={role.id}>
              {role.name}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--primary" disabled={full} aria-describedby={full ? noteId : undefined}>
          Add
        </button>
      </div>
    </form>
  );
}

function BackLink() {
  const answers = useAnswers();
  const complete = useQuizStore(selectIsComplete);
  if (!complete) return <Link to="/quiz">Take the quiz</Link>;
  const query = answersToSearchParams(questionFlow, answers).toString();
  return <Link to={query ? `/results?${query}` : '/results'}>Back to your results</Link>;
}

/* The table ------------------------------------------------------------------ */

function CompareTable({ chosen, onRemove }: { chosen: readonly Role[]; onRemove: (id: RoleId) => void }) {
  const shared = useMemo(() => sharedSkills(chosen), [chosen]);
  const caption = chosen.length > 1 ? `${listFormat.format(chosen.map((role) => role.name))}, side by side` : chosen[0]?.name;
  const sourceIds = citedSources(chosen);

  const row = (label: string, cell: (role: Role) => ReactNode) => (
    <tr>
      <th scope="row">{label}</th>
      {chosen.map((role) => (
        <td key={role.id}>{cell(role)}</td>
      ))}
    </tr>
  );

  return (
    <div className="stack">
      {chosen.length > 1 ? <SharedLegend anyShared={shared.size > 0} /> : null}
      <p className="compare-hint muted">Scroll the table sideways to see each role; the row names stay in view.</p>
      {/* A scrollable region must be reachable by keyboard so it can be scrolled (WCAG 2.1.1). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="compare-scroll" role="region" aria-label="Comparison table" tabIndex={0}>
        <table className={`compare-table compare-table--${chosen.length}`}>
          <caption>{caption}</caption>
          <colgroup>
            <col className="compare-table__label-col" />
            {chosen.map((role) => (
              <col key={role.id} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <td className="compare-table__corner" />
              {chosen.map((role) => (
                <th key={role.id} scope="col">
                  <Link to={`/roles/${role.id}`}>{role.name}</Link>
                </th>
              ))}
            </tr>
            <tr className="compare-table__actions">
              <td className="compare-table__corner" />
              {chosen.map((role) => (
                <td key={role.id}>
                  <button type="button" className="button button--small" onClick={() => onRemove(role.id)}>
                    Remove {role.name}
                  </button>
                </td>
              ))}
            </tr>
          </thead>
          <tbody>
            {row('In one line', (role) => <p>{role.summary}</p>)}
            {row('Salary, UK', (role) => <SalaryFigure range={role.salary?.uk ?? null} />)}
            {row('Salary, US', (role) => <SalaryFigure range={role.salary?.us ?? null} />)}
            {row('Core skills', (role) => <Skills skills={role.coreSkills} shared={shared} />)}
            {row('Skills track', (role) => <TrackName role={role} />)}
            {row('Must-have skills for the track', (role) => (
              <Skills skills={role.track ? tracks[role.track.trackId].mustHave : []} shared={shared} />
            ))}
            {row('Nice-to-have skills for the track', (role) => (
              <Skills skills={role.track ? tracks[role.track.trackId].niceToHave : []} shared={shared} />
            ))}
            {row('Who it suits', (role) => <p>{role.suits ?? NOT_COVERED}</p>)}
            {row('How to break in', (role) => <p>{role.breakingIn ?? NOT_COVERED}</p>)}
            {row('Honest notes', (role) =>
              role.honestNotes.length > 0 ? (
                <ul className="compare-notes">
                  {role.honestNotes.map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                </ul>
              ) : (
                <p>{NOT_COVERED}</p>
              ),
            )}
          </tbody>
        </table>
      </div>
      {sourceIds.length > 0 ? (
        <p className="source-line">
          {sourceIds.length === 1 ? 'Source' : 'Sources'}: {sourceIds.map(citeSource).join('; ')}.
        </p>
      ) : null}
    </div>
  );
}

/** The sources behind the salaries, core skills and tracks shown, each once. */
function citedSources(chosen: readonly Role[]): SourceId[] {
  const ids: SourceId[] = [];
  for (const role of chosen) {
    const candidates = [role.salary?.sourceId, role.coreSkillsSourceId, role.track ? tracks[role.track.trackId].sourceId : null];
    for (const id of candidates) if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

function SharedLegend({ anyShared }: { anyShared: boolean }) {
  if (!anyShared) return <p className="muted">None of the listed skills are shared by these roles.</p>;
  return (
    <div className="compare-legend">
      <ul className="skill-list compare-legend__sample" aria-hidden="true">
        <li className="is-shared">
          <span className="compare-shared-mark">★ </span>Skill
        </li>
      </ul>
      <p>Skills marked with a star and highlighted appear for two or more of the roles shown.</p>
    </div>
  );
}

function Skills({ skills, shared }: { skills: readonly string[]; shared: ReadonlySet<string> }) {
  if (skills.length === 0) return <p>{NONE_LISTED}</p>;
  return (
    <ul className="skill-list">
      {skills.map((skill) => {
        const isShared = shared.has(normaliseSkill(skill));
        return (
          <li key={skill} className={isShared ? 'is-shared' : undefined}>
            {isShared ? (
              <span className="compare-shared-mark" aria-hidden="true">
                ★{' '}
              </span>
            ) : null}
            {skill}
            {isShared ? <span className="visually-hidden"> (shared)</span> : null}
          </li>
        );
      })}
    </ul>
  );
}

function TrackName({ role }: { role: Role }) {
  if (!role.track) return <p>Our sources don’t place this role in a skills track.</p>;
  const track = tracks[role.track.trackId];
  return (
    <>
      <p className="compare-track">{track.name}</p>
      {role.track.fit === 'nearest' ? (
        <p className="muted">Our sources don’t name this role under a track; this is the nearest one.</p>
      ) : null}
    </>
  );
}
