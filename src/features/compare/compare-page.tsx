// Two or three roles side by side, chosen in the URL so a comparison can be shared:
// /compare/a/b/c in catalogue order (every such page is prerendered), or the older
// /compare?roles=a,b,c, which moves to that address. The page renders from the URL alone;
// only the "back to your results" link reads the saved answers, and it is the same on the
// first render.
import { useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useCanonicalAddress } from '../../components/canonical-address';
import { EnglishTerm } from '../../components/english-term';
import { withParts } from '../../components/message-parts';
import { counted, listOf, m, WORDS_ARE_ENGLISH } from '../../i18n';
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
import { termList } from './term-list';
import './compare.css';

/** A hostile link could name hundreds of unknown roles; name a few and count the rest. */
const MAX_UNKNOWN_SHOWN = 5;


function roleName(id: RoleId): string {
  return getRole(id)?.name ?? id;
}

const SHARE_COMPARISON: ShareLabels = { share: m.compare_share(), copy: m.compare_copy(), field: m.compare_field() };

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
      <PageHeading>{m.compare_heading()}</PageHeading>

      <div role="status" aria-label={m.compare_problems_label()} className="notice-region">
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

      <nav aria-label={m.compare_more_label()} className="compare-more no-print">
        <ul className="link-list">
          <li>
            <BackLink />
          </li>
          {chosen.length > 0 ? (
            <li>
              <SkillsCheckLink wording="check" returnTo={paths.compare(roleIds)} returnLabel={m.compare_return_label()} />
            </li>
          ) : null}
          <li>
            <Link to={paths.roles()}>{m.compare_all_roles()}</Link>
          </li>
        </ul>
      </nav>
    </div>
  );
}

function compareTitle(names: readonly string[]): string {
  return names.length > 0 ? m.compare_title_named({ roles: listOf(names) }) : m.compare_heading();
}

function problemText(problem: CompareProblem): ReactNode {
  switch (problem.kind) {
    case 'unknown':
      return m.compare_problem_unknown({ value: problem.value });
    case 'duplicate':
      return m.compare_problem_duplicate({ role: problem.roleId, times: problem.count });
    case 'too-many':
      return withParts(m.compare_problem_too_many, { roles: termList(problem.leftOut.map(roleName)) });
  }
}

function CompareNotice({ problems }: { problems: readonly CompareProblem[] }) {
  const unknown = problems.filter((problem) => problem.kind === 'unknown');
  const others = problems.filter((problem) => problem.kind !== 'unknown');
  const shown = [...unknown.slice(0, MAX_UNKNOWN_SHOWN), ...others];
  const hidden = unknown.length - Math.min(unknown.length, MAX_UNKNOWN_SHOWN);
  return (
    <div className="notice compare-notice">
      <p>{m.compare_notice_lead()}</p>
      <ul>
        {shown.map((problem) => (
          <li key={`${problem.kind}:${problem.kind === 'unknown' ? problem.value : problem.kind === 'duplicate' ? problem.roleId : ''}`}>
            {problemText(problem)}
          </li>
        ))}
        {hidden > 0 ? <li>{m.compare_problem_more_unknown(counted(hidden))}</li> : null}
      </ul>
    </div>
  );
}

function Explanation({ chosen, hadProblems }: { chosen: readonly Role[]; hadProblems: boolean }) {
  const first = chosen[0];
  if (!first) {
    return (
      <div className="measure">
        <p>{hadProblems ? m.compare_choose_after_problems() : m.compare_choose()}</p>
        <p className="muted">
          {withParts(m.compare_not_sure, { link: <Link to={paths.roles()}>{m.compare_not_sure_link()}</Link> })}
        </p>
      </div>
    );
  }
  if (chosen.length === 1) {
    return <p className="measure">{withParts(m.compare_add_one_more, { role: <EnglishTerm>{first.name}</EnglishTerm> })}</p>;
  }
  return (
    <p className="measure">{withParts(m.compare_explanation, { roles: termList(chosen.map((role) => role.name)) })}</p>
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
        {m.compare_add_label()}
      </label>
      {full ? (
        <p id={noteId} className="muted compare-add__note">
          {m.compare_add_full()}
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
            <option key={role.id} value={role.id} lang={WORDS_ARE_ENGLISH ? undefined : 'en'}>
              {role.name}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--primary" disabled={full} aria-describedby={full ? noteId : undefined}>
          {m.compare_add_button()}
        </button>
      </div>
    </form>
  );
}

function BackLink() {
  const answers = useAnswers();
  const complete = useQuizStore(selectIsComplete);
  if (!complete) return <Link to={paths.quiz()}>{m.compare_take_quiz()}</Link>;
  return <Link to={paths.results(answers)}>{m.compare_back_to_results()}</Link>;
}

export function meta(params: PageParams): PageMeta {
  const { roleIds } = parseCompareRoles(splatSegments(params['*']));
  const names = roleIds.map(roleName);
  return {
    title: compareTitle(names),
    description:
      names.length > 1
        ? m.compare_meta_description_named({ roles: listOf(names) })
        : m.compare_meta_description(),
  };
}

export { ComparePage as Component };
