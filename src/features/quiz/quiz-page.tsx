// The quiz: one question per page (GOV.UK question-page pattern). The URL names the
// question; the saved answers decide whether it may be shown. Before the saved answers
// are read (first render, prerendered HTML) the question in the URL is shown as is;
// redirects wait until they are.
import { useEffect, useMemo, useRef } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { getQuestion, quizSnapshot, shorten, type Answers, type OptionId, type Question, type QuizSnapshot } from '../../engine';
import { questionFlow } from '../../content/question-flow';
import { PageHeading } from '../../components/page-heading';
import { RouteNotice, routeNoticeState } from '../../components/route-notice';
import { useDocumentTitle } from '../../components/use-document-title';
import { paths, type PageMeta, type PageParams } from '../../routes/manifest';
import { useAnswers, useHasHydrated, useQuizStore } from '../../state';
import { withParts } from '../../components/message-parts';
import { m } from '../../i18n';
import { QuestionView } from './question-view';
import './quiz.css';

const NO_ANSWERS: Answers = {};

type Destination = 'results' | 'first' | 'next';

/** Where a redirect lands: the results, the first question, or the next one not yet answered. */
function destinationOf(snapshot: QuizSnapshot, answers: Answers): Destination {
  if (!snapshot.current) return 'results';
  return Object.keys(answers).length === 0 ? 'first' : 'next';
}

/** The notice for an address that names no question, one whole sentence per destination. */
const UNKNOWN_QUESTION_NOTICE: Record<Destination, (inputs: { id: string }) => string> = {
  results: m.quiz_notice_unknown_to_results,
  first: m.quiz_notice_unknown_to_first,
  next: m.quiz_notice_unknown_to_next,
};

/** The notice for a question that is not on this person's path. */
const OFF_PATH_NOTICE: Record<Destination, () => string> = {
  results: m.quiz_notice_off_path_to_results,
  first: m.quiz_notice_off_path_to_first,
  next: m.quiz_notice_off_path_to_next,
};

interface Redirect {
  readonly to: string;
  readonly notice: string | null;
}

/** Where the page must send the person instead, or null when the question can be shown. */
function redirectFor(questionId: string | undefined, snapshot: QuizSnapshot, answers: Answers): Redirect | null {
  const { redirect } = snapshot;
  if (redirect === null) return null;
  const to = redirect.toQuestionId === null ? paths.results(answers) : paths.question(redirect.toQuestionId);
  switch (redirect.reason) {
    case 'no-question':
      return { to, notice: null };
    case 'unknown-question':
      return {
        to,
        notice: UNKNOWN_QUESTION_NOTICE[destinationOf(snapshot, answers)]({ id: shorten(questionId ?? '') }),
      };
    case 'off-path':
      return { to, notice: OFF_PATH_NOTICE[destinationOf(snapshot, answers)]() };
  }
}

export function QuizPage() {
  const { questionId } = useParams();
  const hydrated = useHasHydrated();
  const storedAnswers = useAnswers();
  // Nothing is chosen until the saved answers have been read: the first render depends on the URL only.
  const answers = hydrated ? storedAnswers : NO_ANSWERS;
  const navigate = useNavigate();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;

  // One walk of the tree per change of answers or page, shared by everything below.
  const snapshot = useMemo(() => quizSnapshot(questionFlow, answers, questionId), [answers, questionId]);
  const redirect = hydrated ? redirectFor(questionId, snapshot, answers) : null;
  const shown = redirect === null ? snapshot.question : undefined;

  // A navigation this page started (an answer, Start over) changes the answers before the URL:
  // no redirect may fire in between, so they wait until the URL has caught up.
  const pendingPath = useRef<string | null>(null);
  // The router renders the next screen in the click's own task, with the answer (ADR 0009).
  const go = (to: string) => {
    if (to === here) return;
    pendingPath.current = to;
    void navigate(to);
  };

  useEffect(() => {
    if (pendingPath.current === here) pendingPath.current = null;
  }, [here]);

  const redirectTo = redirect?.to ?? null;
  const redirectNotice = redirect?.notice ?? null;
  useEffect(() => {
    if (redirectTo === null || pendingPath.current !== null) return;
    void navigate(redirectTo, { replace: true, ...(redirectNotice ? { state: routeNoticeState(redirectNotice) } : {}) });
  }, [redirectTo, redirectNotice, navigate]);

  const choose = (chosenQuestion: Question, optionId: OptionId) => {
    useQuizStore.getState().answer(chosenQuestion.id, optionId);
    go(paths.continue(useQuizStore.getState().answers));
  };

  const place = shown ? snapshot.place : 'off-path';
  const position = shown ? snapshot.position : null;
  const { totalAtMost } = snapshot.progress;
  useDocumentTitle(
    shown ? (position ? m.quiz_page_title_numbered({ prompt: shown.prompt, position }) : shown.prompt) : m.quiz_finding_heading(),
  );

  return (
    <div className="quiz">
      <RouteNotice />
      {shown ? (
        <QuestionView
          question={shown}
          chosen={place === 'answered' ? answers[shown.id] : undefined}
          position={position}
          totalAtMost={totalAtMost}
          backTo={snapshot.previousId === null ? paths.home() : paths.question(snapshot.previousId)}
          onChoose={(optionId) => choose(shown, optionId)}
          go={go}
        />
      ) : (
        <div className="stack">
          <PageHeading>{m.quiz_finding_heading()}</PageHeading>
          <p>
            {withParts(m.quiz_finding_fallback, {
              link: <Link to={paths.firstQuestion()}>{m.quiz_finding_fallback_link()}</Link>,
            })}
          </p>
        </div>
      )}
    </div>
  );
}

export function meta(params: PageParams): PageMeta {
  const question = params.questionId === undefined ? undefined : getQuestion(questionFlow, params.questionId);
  return question
    ? { title: question.prompt, description: question.hint }
    : { title: m.quiz_meta_title(), description: m.quiz_meta_description() };
}

export { QuizPage as Component };
