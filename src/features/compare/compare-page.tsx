// Two or three roles side by side, chosen in the URL so a comparison can be shared:
// /compare/a/b/c in catalogue order (every such page is prerendered), or the older
// /compare?roles=a,b,c, which moves to that address. The page renders from the URL alone;
// only the "back to your results" link reads the saved answers, and it is the same on the
// first render.
import { useId, useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useCanonicalAddress } from '../../components/canonical-address';
import { listOf } from '../../components/english';
import { PageHeading } from '../../components/page-heading';
import { PrintAddress, PrintButton } from '../../components/print-page';
import { ShareLink, type ShareLabels } from '../../components/share-link';
import { SkillsCheckLink } from '../../components/skills-check-link';
import { useDocumentTitle } from '../../components/use-document-title';
import { getRole, isRoleId, roles as allRoles } from '../../content/roles';
import type { Role, RoleId } from '../../content/types';
import { selectIsComplete, useAnswers, useQuizStore, useSavedSkills } from '../../state';
import { MAX_COMPARED, paths, splatSegments, type PageMeta, type PageParams } from '../../routes/manifest';
import { parseCompareRoles, roleNamesInQuery, type CompareProblem } from './parse-roles';
import { CompareTable } from './compare-table';
import './compare.css';

/** A hostile link could name hundreds of unknown roles; name a few and count the rest. */
const MAX_UNKNOWN_SHOWN = 5;


function roleName(id: RoleId): string {
  return getRole(id)?.name ?? id;
}

const SHARE_COMPARISON: ShareLabels = { share: 'Share this comparison', copy: 'Copy link to this comparison', field: 'Link to this comparison' };

export function ComparePage() {
  const [searchParams] = useSearchParams();
  const { '*': splat } = useParams();
  const navigate = useNavigate();
  const { roleIds, problems } = useMemo(() => {
    const segments = splatSegments(splat);
    return parseCompareRoles(segments.length > 0 ? segments : roleNamesInQuery(searchParams));
  }, [splat, searchParams]);
  // Only a link with nothing to explain moves: the notice about a problem stays readable.
  useCanonicalAddress(problems.length === 0 ? paths.compare(roleIds) : null);
  const chosen = useMemo(() => roleIds.flatMap((id) => getRole(id) ?? []), [roleIds]);
  const names = chosen.map((role) => role.name);
  const skills = useSavedSkills();

  useDocumentTitle(compareTitle(names));

  const show = (ids: readonly RoleId[]) => {
    void navigate(paths.compare(ids));
  };
  const comparing = chosen.length >= 2;
  const addRole = (
    <div className="no-print">
      <AddRoleForm shownIds={roleIds} onAdd={(id) => show([...roleIds, id])} />
    </div>
  );

  return (
    <div className="compare-page stack">
      <PageHeading>Compare AI roles</PageHeading>

      <div role="status" aria-label="Problems with this link" className="notice-region">
        {problems.length > 0 ? <CompareNotice problems={problems} /> : null}
      </div>

      <Explanation chosen={chosen} hadProblems={problems.length > 0} />

      {/* With fewer than two roles, adding one is the page's task; with two or three, the comparison comes first. */}
      {comparing ? null : addRole}

      {chosen.length > 0 ? (
        <>
          <CompareTable chosen={chosen} skills={skills} onRemove={(id) => show(roleIds.filter((shown) => shown !== id))} />
          {comparing ? addRole : null}
          <div className="button-row">
            <ShareLink href={paths.compare(roleIds)} labels={SHARE_COMPARISON} />
            <PrintButton />
          </div>
          <PrintAddress to={paths.compare(roleIds)} />
        </>
      ) : null}

      <nav aria-label="More" className="compare-more no-print">
        <ul className="link-list">
          <li>
            <BackLink />
          </li>
          {chosen.length > 0 ? (
            <li>
              <SkillsCheckLink wording="check" returnTo={paths.compare(roleIds)} returnLabel="the comparison" />
            </li>
          ) : null}
          <li>
            <Link to={paths.roles()}>All AI roles</Link>
          </li>
        </ul>
      </nav>
    </div>
  );
}

function compareTitle(names: readonly string[]): string {
  return names.length > 0 ? `Compare ${listOf(names)}` : 'Compare AI roles';
}

function problemText(problem: CompareProblem): string {
  switch (problem.kind) {
    case 'unknown':
      return `“${problem.value}” is not one of our roles, so it was left out.`;
    case 'duplicate':
      return `“${problem.roleId}” was listed ${problem.count === 2 ? 'twice' : `${problem.count} times`}; it is shown once.`;
    case 'too-many':
      return `You can compare up to three roles at once; showing the first three. Left out: ${listOf(problem.leftOut.map(roleName))}.`;
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
          Not sure where to start? <Link to={paths.roles()}>Browse all AI roles</Link>.
        </p>
      </div>
    );
  }
  if (chosen.length === 1) {
    return <p className="measure">Add at least one more role below to compare it with {first.name}.</p>;
  }
  return (
    <p className="measure">
      Salaries, skills and honest notes for {listOf(chosen.map((role) => role.name))}, from our two sources.
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
  if (!complete) return <Link to={paths.quiz()}>Take the quiz</Link>;
  return <Link to={paths.results(answers)}>Back to your results</Link>;
}

export function meta(params: PageParams): PageMeta {
  const { roleIds } = parseCompareRoles(splatSegments(params['*']));
  const names = roleIds.map(roleName);
  return {
    title: compareTitle(names),
    description:
      names.length > 1
        ? `${listOf(names)} side by side: salaries, skills, who each suits and how to break in, from two cited sources.`
        : 'Compare two or three AI roles side by side: salaries, skills, who each suits and how to break in.',
  };
}

export { ComparePage as Component };
