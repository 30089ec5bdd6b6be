// The quiz: one question per page (GOV.UK question-page pattern). The URL names the
// question; the saved answers decide whether it may be shown. Before the saved answers
// are read (first render, prerendered HTML) the question in the URL is shown as is;
// redirects wait until they are.
import { useEffect, useRef } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import {
  answeredPath,
  getQuestion,
  nextQuestion,
  placeOf,
  previousQuestionId,
  progress,
  shorten,
  type Answers,
  type OptionId,
  type Question,
} from '../../engine';
import { questionFlow } from '../../content/question-flow';
import { continuePath } from '../../components/app-paths';
import { PageHeading } from '../../components/page-heading';
import { RouteNotice, routeNoticeState } from '../../components/route-notice';
import { useDocumentTitle } from '../../components/use-document-title';
import { useAnswers, useHasHydrated, useQuizStore } from '../../state';
import { QuestionView } from './question-view';
import './quiz.css';

const NO_ANSWERS: Answers = {};

function destinationName(answers: Answers): string {
  const next = nextQuestion(questionFlow, answers);
  if (!next) return 'your results';
  return Object.keys(answers).length === 0 ? 'the first question' : 'the next question you haven’t answered';
}

interface Redirect {
  readonly to: string;
  readonly notice: string | null;
}

/** Where the page must send the person instead, or null when the question can be shown. */
function redirectFor(questionId: string | undefined, question: Question | undefined, answers: Answers): Redirect | null {
  if (questionId === undefined) return { to: continuePath(answers), notice: null };
  if (!question) {
    return {
      to: continuePath(answers),
      notice: `There’s no question called “${shorten(questionId)}”, so we’ve taken you to ${destinationName(answers)}.`,
    };
  }
  if (placeOf(questionFlow, answers, question.id) === 'off-path') {
    return {
      to: continuePath(answers),
      notice: `That question isn’t part of your path, so we’ve taken you to ${destinationName(answers)}.`,
    };
  }
  return null;
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

  const question = questionId === undefined ? undefined : getQuestion(questionFlow, questionId);
  const redirect = hydrated ? redirectFor(questionId, question, answers) : null;
  const shown = redirect === null ? question : undefined;

  // A navigation this page started (an answer, Start over) changes the answers before the URL:
  // no redirect may fire in between, so they wait until the URL has caught up.
  const pendingPath = useRef<string | null>(null);
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
    go(continuePath(useQuizStore.getState().answers));
  };

  const place = shown ? placeOf(questionFlow, answers, shown.id) : 'off-path';
  const position = shown ? positionOf(shown, answers, place) : null;
  const { totalAtMost } = progress(questionFlow, answers);
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
          backTo={backLinkFor(shown, answers)}
          onChoose={(optionId) => choose(shown, optionId)}
          go={go}
        />
      ) : (
        <div className="stack">
          <PageHeading>Finding your question</PageHeading>
          <p>
            If nothing happens, <Link to={`/quiz/${questionFlow.start}`}>start the quiz from the first question</Link>.
          </p>
        </div>
      )}
    </div>
  );
}

/** 1-based position on the path: an answered question's place, or the current question's; null off the path. */
function positionOf(question: Question, answers: Answers, place: 'answered' | 'current' | 'off-path'): number | null {
  if (place === 'answered') return answeredPath(questionFlow, answers).findIndex((step) => step.question.id === question.id) + 1;
  if (place === 'current') return progress(questionFlow, answers).position;
  return null;
}

function backLinkFor(question: Question, answers: Answers): string {
  const previous = previousQuestionId(questionFlow, answers, question.id);
  return previous === null ? '/' : `/quiz/${previous}`;
}
