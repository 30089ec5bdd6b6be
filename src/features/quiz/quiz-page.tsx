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
import { QuestionView } from './question-view';
import './quiz.css';

const NO_ANSWERS: Answers = {};

function destinationName(snapshot: QuizSnapshot, answers: Answers): string {
  if (!snapshot.current) return 'your results';
  return Object.keys(answers).length === 0 ? 'the first question' : 'the next question you haven’t answered';
}

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
        notice: `There’s no question called “${shorten(questionId ?? '')}”, so we’ve taken you to ${destinationName(snapshot, answers)}.`,
      };
    case 'off-path':
      return { to, notice: `That question isn’t part of your path, so we’ve taken you to ${destinationName(snapshot, answers)}.` };
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
  useDocumentTitle(shown ? (position ? `${shown.prompt} (question ${position})` : shown.prompt) : 'Finding your question');

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
          <PageHeading>Finding your question</PageHeading>
          <p>
            If nothing happens, <Link to={paths.firstQuestion()}>start the quiz from the first question</Link>.
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
    : { title: 'The quiz', description: 'A few quick questions about how you like to work, to see which AI roles fit you.' };
}

export { QuizPage as Component };
