// /results/code-yes/research-no/… (canonical, prerendered) or /results?code=yes&… (older and
// hand-edited links): the URL is the source of truth. The page reads the answers from it
// (keeping what is valid and naming what is not), ranks the roles and never writes to the
// saved answers unless the person acts. A valid query-form link moves to its canonical address.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import {
  SKILL_QUERY_KEYS,
  isComplete,
  nextQuestion,
  parseAnswers,
  parseAnswerSegments,
  rankRoles,
  remainingAtMost,
  topRoleIds,
  type Answers,
  type ParsedAnswers,
  type RankedRole,
  type SkillStates,
  type SkillUrlProblem,
} from '../../engine';
import { questionTree } from '../../content/question-tree';
import { getRole, isRoleId } from '../../content/roles';
import { useCanonicalAddress } from '../../components/canonical-address';
import { Later, usePageReachedInApp } from '../../components/later-parts';
import { Disclosure } from '../../components/disclosure';
import { PageHeading } from '../../components/page-heading';
import { PrintAddress, PrintButton } from '../../components/print-page';
import { COPIED_WITH_SKILLS, ShareLink, type ShareLabels } from '../../components/share-link';
import { useShownSkills } from '../../components/shown-skills';
import { SkillsCheckLink } from '../../components/skills-check-link';
import { StartOverButton } from '../../components/start-over';
import { useDocumentTitle } from '../../components/use-document-title';
import { counted, m } from '../../i18n';
import { paths, splatSegments, type PageMeta, type PageParams } from '../../routes/manifest';
import { hasAnySkill, useQuizStore } from '../../state';
import { useRanking } from '../../state/ranking';
import { AnswerSummary } from './answer-summary';
import { ComparePicker } from './compare-picker';
import { describeAnswerUpdate } from './explore-text';
import { ProblemNotice, SkillProblemsMessage } from './problems';
import { READINESS_SUMMARY, ReadinessInvitation, ReadinessSection } from './readiness-section';
import { OtherRoles } from './ranked-roles';
import { RoleDetails, TrackDetails } from './role-details';
import { LinkAndSavedMessage, canonicalSearch } from './link-and-saved';
import { ListedSources, SourcesSection, sourcesOfResults } from './sources-section';
import { TieNote } from './tie-note';
import { TOP, TopRoles, bestFitText } from './top-roles';
import { YOUR_ANSWERS_HEADING, YOUR_ANSWERS_ID, YourAnswers } from './your-answers';
import './results.css';

function Results({ answers, ranking, skills }: { answers: Answers; ranking: readonly RankedRole[]; skills: SkillStates }) {
  useDocumentTitle(resultsMeta(ranking).title);
  const sourceIds = useMemo(() => sourcesOfResults(ranking), [ranking]);
  // Reached inside the app (the last answer, a what-if), the page fills in over a few renders,
  // each shown before the next: the heading and the best fit at once, then the top three and the
  // actions (a phone's first screen), then the details, the answers and the sources (ADR 0009, 0012).
  return (
    <ListedSources sourceIds={sourceIds}>
      <p className="results-lead">{bestFitText(ranking)}</p>
      <Later priority="soon">
        <TopRoles ranking={ranking} />
        <ResultsActions answers={answers} ranking={ranking} skills={skills} />
        <Later>
          <MoreAboutResults answers={answers} ranking={ranking} skills={skills} />
          <SourcesSection sourceIds={sourceIds} />
          <PrintAddress to={paths.results(answers, skills)} />
        </Later>
      </Later>
    </ListedSources>
  );
}

const SHARE_RESULTS: ShareLabels = { share: m.results_share(), copy: m.results_share_copy(), field: m.results_share_field() };

/** Compare the top three, change the answers, share, check skills, print, start over: the next steps, at the top. */
function ResultsActions({ answers, ranking, skills }: { answers: Answers; ranking: readonly RankedRole[]; skills: SkillStates }) {
  const withSkills = hasAnySkill(skills);
  const topIds = topRoleIds(ranking, TOP).filter(isRoleId);
  return (
    <div className="results-actions">
      <div className="button-row">
        <Link to={paths.compare(topIds)} className="button button--primary">
          {m.results_compare_top()}
        </Link>
        <a href={`#${YOUR_ANSWERS_ID}`} className="button">
          {m.results_change_answers()}
        </a>
        <ShareLink href={paths.results(answers, skills)} labels={SHARE_RESULTS} copiedMessage={withSkills ? COPIED_WITH_SKILLS : undefined} />
      </div>
      <div className="button-row">
        {/* The way back from the skills check shows the saved skills, so it carries none. Its words do
            not change with the skills, which are read after the page has painted. */}
        <SkillsCheckLink wording="brief" returnTo={paths.results(answers)} returnLabel={m.results_return_label()} className="button no-print" />
        <PrintButton />
        <StartOverButton />
      </div>
    </div>
  );
}

/** Everything that only some need, one step away, then the answers with what each other one would do. */
function MoreAboutResults({ answers, ranking, skills }: { answers: Answers; ranking: readonly RankedRole[]; skills: SkillStates }) {
  const loadAnswers = useQuizStore((state) => state.loadAnswers);
  const moreId = useId();
  const top = ranking.slice(0, TOP);
  const others = ranking.slice(TOP);
  const withSkills = hasAnySkill(skills);
  return (
    <>
      <section aria-labelledby={moreId} className="results-more">
        <h2 id={moreId}>{m.results_more_heading()}</h2>
        <Disclosure className="no-print" summary={m.results_compare_other()}>
          <ComparePicker ranking={ranking} />
        </Disclosure>
        {top.map((ranked) => (
          <RoleDetails key={ranked.roleId} ranked={ranked} skills={skills} />
        ))}
        <TrackDetails top={top} skills={skills} />
        <Disclosure summary={m.results_other_roles(counted(others.length))}>
          <TieNote ranking={ranking} />
          <OtherRoles others={others} ranking={ranking} answers={answers} />
        </Disclosure>
        {/* Always here, so skills read after the page has painted change only what it holds. */}
        <Disclosure summary={READINESS_SUMMARY} className={withSkills ? undefined : 'no-print'}>
          {withSkills ? (
            <ReadinessSection ranking={ranking} skills={skills} />
          ) : (
            <ReadinessInvitation returnTo={paths.results(answers)} />
          )}
        </Disclosure>
      </section>
      <section aria-labelledby={YOUR_ANSWERS_ID} className="results-answers">
        <h2 id={YOUR_ANSWERS_ID} tabIndex={-1}>
          {YOUR_ANSWERS_HEADING}
        </h2>
        <YourAnswers answers={answers} onChange={() => loadAnswers(answers)} />
      </section>
    </>
  );
}

/**
 * "Results updated: your answer to … is now …" after a client navigation to other complete
 * answers (a what-if or closest-path link); nothing on the first results shown.
 */
function useAnswerUpdate(answers: Answers, complete: boolean): string {
  const shown = useRef<Answers | null>(null);
  const [update, setUpdate] = useState('');
  useEffect(() => {
    if (!complete) {
      shown.current = null;
      return;
    }
    const before = shown.current;
    shown.current = answers;
    if (before !== null && before !== answers) setUpdate(describeAnswerUpdate(before, answers) ?? '');
  }, [answers, complete]);
  return update;
}

function NotReady({ answers }: { answers: Answers }) {
  useDocumentTitle(m.results_title_not_ready());
  const navigate = useNavigate();
  const loadAnswers = useQuizStore((state) => state.loadAnswers);
  const answersId = useId();
  const remaining = remainingAtMost(questionTree, answers);
  const next = nextQuestion(questionTree, answers);

  const continueQuiz = () => {
    loadAnswers(answers);
    navigate(paths.continue(answers));
  };

  return (
    <>
      <p className="measure">
        {next ? m.results_not_ready_left_next({ question: next.prompt, ...counted(remaining) }) : m.results_not_ready_left(counted(remaining))}
      </p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={continueQuiz}>
          {m.results_continue_quiz()}
        </button>
        <StartOverButton />
      </div>
      <section aria-labelledby={answersId}>
        <h2 id={answersId}>{m.results_answers_so_far()}</h2>
        <AnswerSummary answers={answers} onChange={() => loadAnswers(answers)} />
      </section>
    </>
  );
}

function NoAnswers({ hadParams }: { hadParams: boolean }) {
  useDocumentTitle(m.results_heading_no_answers());
  return (
    <>
      <p className="measure">{hadParams ? m.results_no_answers_link() : m.results_no_answers_given()}</p>
      <p>
        <Link to={paths.quiz()} className="button button--primary">
          {m.results_start_quiz()}
        </Link>
      </p>
    </>
  );
}

/** The answers of this address: its path segments when it has any, else its query string (less the skills). */
function readAnswers(splat: string | undefined, search: string): ParsedAnswers & { fromQuery: boolean } {
  const segments = splatSegments(splat);
  // A string keeps undecodable parts reportable (URLSearchParams would silently drop them).
  return segments.length > 0
    ? { ...parseAnswerSegments(questionTree, segments), fromQuery: false }
    : { ...parseAnswers(questionTree, search, SKILL_QUERY_KEYS), fromQuery: true };
}

/**
 * The skills' problems worth telling. When the answers came from the same query string, its
 * parser has already named each part that cannot be decoded: the skills' copy of it is dropped.
 */
function skillProblemsToTell(problems: readonly SkillUrlProblem[], answersFromQuery: boolean): readonly SkillUrlProblem[] {
  return answersFromQuery ? problems.filter((problem) => problem.kind !== 'malformed') : problems;
}

/** The heading of complete results. */
export const RESULTS_HEADING = m.results_heading();

/** The class that lays out the parts below the first screen only near the viewport (results.css). */
export const LAY_OUT_NEAR_VIEWPORT = 'results--lay-out-near-viewport';

export function ResultsPage() {
  const { search } = useLocation();
  const { '*': splat } = useParams();
  const { answers, problems, fromQuery } = useMemo(() => readAnswers(splat, search), [splat, search]);
  const shownSkills = useShownSkills();
  const skillProblems = skillProblemsToTell(shownSkills.problems, fromQuery);
  const ranking = useRanking(answers);
  const canonical = useMemo(() => canonicalSearch(answers), [answers]);
  const hasAnswers = canonical !== '';
  const complete = hasAnswers && isComplete(questionTree, answers);
  // Only a link with nothing to explain moves: the notice about a problem stays readable.
  // Read from the address at once (not only once live), so a link with a skills problem never moves.
  const linkIsClean = problems.length === 0 && (shownSkills.link?.problems.length ?? 0) === 0;
  useCanonicalAddress(complete && linkIsClean ? paths.results(answers, shownSkills.link?.states) : null);
  const update = useAnswerUpdate(answers, complete);
  // Reached inside the app, the parts below the first screen are laid out only near the viewport.
  // The first page of a visit is laid out whole before its first paint instead: laid out later,
  // it was a long task of 60 to 110 ms after the paint at 4x CPU.
  const layOutNearViewport = usePageReachedInApp();

  const heading = complete ? RESULTS_HEADING : hasAnswers ? m.results_heading_not_ready() : m.results_heading_no_answers();

  // Keys that start each part afresh for new answers or a new address.
  const savedKey = `saved:${canonical}:${search}`;
  const skillsKey = `skills:${search}`;
  const resultsKey = `results:${canonical}`;
  const className = layOutNearViewport ? `results stack ${LAY_OUT_NEAR_VIEWPORT}` : 'results stack';
  return (
    <div className={className}>
      <PageHeading>{heading}</PageHeading>
      <p role="status" className="results-update notice notice--info">
        {update}
      </p>
      {/* What is known only once the page is live goes to the status tray, where it pushes nothing. */}
      <LinkAndSavedMessage key={savedKey} urlAnswers={answers} linkSkills={complete ? (shownSkills.link?.states ?? null) : null} />
      <SkillProblemsMessage key={skillsKey} problems={skillProblems} />
      <ProblemNotice problems={problems} />
      {complete ? (
        <Results key={resultsKey} answers={answers} ranking={ranking} skills={shownSkills.states} />
      ) : hasAnswers ? (
        <NotReady answers={answers} />
      ) : (
        <NoAnswers hadParams={problems.length > 0} />
      )}
    </div>
  );
}

/** "Your top AI roles: …", as a shared link previews and the tab reads. */
function resultsMeta(ranking: readonly RankedRole[]): PageMeta {
  // The names as a plain comma list, the same in every language: a title, not a sentence.
  const roles = topRoleIds(ranking)
    .map((roleId) => getRole(roleId)?.name ?? roleId)
    .join(', ');
  return { title: m.results_meta_title({ roles }), description: m.results_meta_description({ roles }) };
}

export function meta(params: PageParams): PageMeta {
  const { answers } = parseAnswerSegments(questionTree, splatSegments(params['*']));
  if (!isComplete(questionTree, answers)) {
    return { title: m.results_meta_title_incomplete(), description: m.results_meta_description_incomplete() };
  }
  return resultsMeta(rankRoles(questionTree, answers));
}

export { ResultsPage as Component };
