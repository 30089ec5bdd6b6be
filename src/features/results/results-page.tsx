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
import { ShareLink, WITH_SKILLS_NOTE, type ShareLabels } from '../../components/share-link';
import { useShownSkills } from '../../components/shown-skills';
import { SkillsCheckLink } from '../../components/skills-check-link';
import { StartOverButton } from '../../components/start-over';
import { useDocumentTitle } from '../../components/use-document-title';
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

const SHARE_RESULTS: ShareLabels = { share: 'Share these results', copy: 'Copy link to these results', field: 'Link to these results' };

/** Compare the top three, change the answers, share, check skills, print, start over: the next steps, at the top. */
function ResultsActions({ answers, ranking, skills }: { answers: Answers; ranking: readonly RankedRole[]; skills: SkillStates }) {
  const withSkills = hasAnySkill(skills);
  const topIds = topRoleIds(ranking, TOP).filter(isRoleId);
  return (
    <div className="results-actions">
      <div className="button-row">
        <Link to={paths.compare(topIds)} className="button button--primary">
          Compare these three
        </Link>
        <a href={`#${YOUR_ANSWERS_ID}`} className="button">
          Change your answers
        </a>
        <ShareLink href={paths.results(answers, skills)} labels={SHARE_RESULTS} copiedNote={withSkills ? WITH_SKILLS_NOTE : ''} />
      </div>
      <div className="button-row">
        {/* The way back from the skills check shows the saved skills, so it carries none. Its words do
            not change with the skills, which are read after the page has painted. */}
        <SkillsCheckLink wording="brief" returnTo={paths.results(answers)} returnLabel="your results" className="button no-print" />
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
        <h2 id={moreId}>More about your results</h2>
        <Disclosure className="no-print" summary="Choose other roles to compare">
          <ComparePicker ranking={ranking} />
        </Disclosure>
        {top.map((ranked) => (
          <RoleDetails key={ranked.roleId} ranked={ranked} skills={skills} />
        ))}
        <TrackDetails top={top} skills={skills} />
        <Disclosure summary={`The other ${others.length} roles, and how each could reach your top three`}>
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
  useDocumentTitle('Results not ready');
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
        This link doesn’t answer every question yet. There {remaining === 1 ? 'is' : 'are'} at most {remaining}{' '}
        {remaining === 1 ? 'question' : 'questions'} left
        {next ? (
          <>
            , starting with “{next.prompt}”
          </>
        ) : null}
        .
      </p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={continueQuiz}>
          Continue the quiz
        </button>
        <StartOverButton />
      </div>
      <section aria-labelledby={answersId}>
        <h2 id={answersId}>Your answers so far</h2>
        <AnswerSummary answers={answers} onChange={() => loadAnswers(answers)} />
      </section>
    </>
  );
}

function NoAnswers({ hadParams }: { hadParams: boolean }) {
  useDocumentTitle('No answers to show');
  return (
    <>
      <p className="measure">
        {hadParams
          ? 'None of the answers in this link could be used, so there are no results to show.'
          : 'No answers were given, so there are no results to show yet. Answer a few quick questions to see which AI roles fit you.'}
      </p>
      <p>
        <Link to={paths.quiz()} className="button button--primary">
          Start the quiz
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
export const RESULTS_HEADING = 'Your recommended AI roles';

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

  const heading = complete
    ? RESULTS_HEADING
    : hasAnswers
      ? 'Your results aren’t ready yet'
      : 'No answers to show';

  return (
    <div className={`results stack${layOutNearViewport ? ` ${LAY_OUT_NEAR_VIEWPORT}` : ''}`}>
      <PageHeading>{heading}</PageHeading>
      <p role="status" className="results-update notice notice--info">
        {update}
      </p>
      {/* What is known only once the page is live goes to the status tray, where it pushes nothing. */}
      <LinkAndSavedMessage key={`saved:${canonical}:${search}`} urlAnswers={answers} linkSkills={complete ? (shownSkills.link?.states ?? null) : null} />
      <SkillProblemsMessage key={`skills:${search}`} problems={skillProblems} />
      <ProblemNotice problems={problems} />
      {complete ? (
        <Results key={`results:${canonical}`} answers={answers} ranking={ranking} skills={shownSkills.states} />
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
  const names = topRoleIds(ranking).map((roleId) => getRole(roleId)?.name ?? roleId);
  return {
    title: `Your top AI roles: ${names.join(', ')}`,
    description: `Every AI role ranked for one set of quiz answers, led by ${names.join(', ')}: why each fits, the skills it needs, and UK and US salary figures from cited sources.`,
  };
}

export function meta(params: PageParams): PageMeta {
  const { answers } = parseAnswerSegments(questionTree, splatSegments(params['*']));
  if (!isComplete(questionTree, answers)) {
    return { title: 'Your results', description: 'Your AI career quiz results: every AI role ranked for your answers.' };
  }
  return resultsMeta(rankRoles(questionTree, answers));
}

export { ResultsPage as Component };
