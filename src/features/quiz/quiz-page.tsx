// The quiz: one question per page (GOV.UK question-page pattern). The URL names the
// question; the saved answers decide whether it may be shown. Before the saved answers
// are read (first render, prerendered HTML) the question in the URL is shown as is;
// redirects wait until they are.
import { useEffect, useEffectEvent, useId, useRef } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import {
  answeredPath,
  answersToSearchParams,
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
import { PageHeading } from '../../components/page-heading';
import { RouteNotice, routeNoticeState } from '../../components/route-notice';
import { useDocumentTitle } from '../../components/use-document-title';
import { useAnswers, useHasHydrated, useQuizStore } from '../../state';
import { describeShortcuts, optionIndexForKey, shortcutKeys } from './shortcuts';
import './quiz.css';

const NO_ANSWERS: Answers = {};

/** Where these answers lead: the first unanswered question, or the results when complete. */
function destinationFor(answers: Answers): string {
  const next = nextQuestion(questionFlow, answers);
  if (next) return `/quiz/${next.id}`;
  return `/results?${answersToSearchParams(questionFlow, answers).toString()}`;
}

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
  if (questionId === undefined) return { to: destinationFor(answers), notice: null };
  if (!question) {
    return {
      to: destinationFor(answers),
      notice: `There’s no question called “${shorten(questionId)}”, so we’ve taken you to ${destinationName(answers)}.`,
    };
  }
  if (placeOf(questionFlow, answers, question.id) === 'off-path') {
    return {
      to: destinationFor(answers),
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
    go(destinationFor(useQuizStore.getState().answers));
  };

  const startOver = () => {
    useQuizStore.getState().startOver();
    go(`/quiz/${questionFlow.start}`);
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
          onStartOver={startOver}
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

interface QuestionViewProps {
  readonly question: Question;
  readonly chosen: OptionId | undefined;
  readonly position: number | null;
  readonly totalAtMost: number;
  readonly backTo: string;
  readonly onChoose: (optionId: OptionId) => void;
  readonly onStartOver: () => void;
}

function QuestionView({ question, chosen, position, totalAtMost, backTo, onChoose, onStartOver }: QuestionViewProps) {
  const shortcutsEnabled = useQuizStore((state) => state.shortcutsEnabled);
  const setShortcutsEnabled = useQuizStore((state) => state.setShortcutsEnabled);
  const keys = shortcutKeys(question);
  const idBase = useId();
  const hintId = `${idBase}-hint`;
  const shortcutsHintId = `${idBase}-shortcuts`;

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    const option = question.options[optionIndexForKey(question, event)];
    if (!option) return;
    event.preventDefault();
    onChoose(option.id);
  });

  useEffect(() => {
    if (!shortcutsEnabled) return;
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [shortcutsEnabled]);

  return (
    <div className="stack">
      <Link to={backTo} className="back-link">
        Back
      </Link>
      <div>
        {position !== null ? (
          <p className="quiz-progress">
            Question {position} of at most {totalAtMost}
          </p>
        ) : (
          // Known once the saved answers are read; the line keeps its place so nothing jumps.
          <p className="quiz-progress" aria-hidden="true">
            {'\u00a0'}
          </p>
        )}
        <PageHeading>{question.prompt}</PageHeading>
        <p id={hintId} className="quiz-hint">
          {question.hint}
        </p>
      </div>
      <ul className="answer-list" aria-describedby={hintId}>
        {question.options.map((option, index) => {
          const isChosen = option.id === chosen;
          const key = shortcutsEnabled ? (keys[index] ?? null) : null;
          const labelId = `${idBase}-${option.id}-label`;
          const optionHintId = `${idBase}-${option.id}-hint`;
          return (
            <li key={option.id}>
              <button
                type="button"
                className={isChosen ? 'answer answer--chosen' : 'answer'}
                aria-pressed={isChosen}
                aria-labelledby={labelId}
                aria-describedby={option.hint ? optionHintId : undefined}
                aria-keyshortcuts={key ? key.toUpperCase() : undefined}
                onClick={() => onChoose(option.id)}
              >
                <span className="answer__text">
                  <span id={labelId} className="answer__label">
                    {option.label}
                  </span>
                  {option.hint ? (
                    <span id={optionHintId} className="answer__hint">
                      {option.hint}
                    </span>
                  ) : null}
                </span>
                {isChosen ? (
                  <span className="answer__chosen" aria-hidden="true">
                    Your answer
                  </span>
                ) : null}
                {key ? (
                  <span className="answer__key" aria-hidden="true">
                    Press <kbd>{key.toUpperCase()}</kbd>
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ul>
      <div className="quiz-tools">
        <div className="quiz-shortcuts">
          <input
            id={`${idBase}-shortcuts-toggle`}
            type="checkbox"
            checked={shortcutsEnabled}
            aria-describedby={shortcutsHintId}
            onChange={(event) => setShortcutsEnabled(event.target.checked)}
          />
          <label htmlFor={`${idBase}-shortcuts-toggle`}>Use one-key answers</label>
          <p id={shortcutsHintId} className="quiz-shortcuts__hint">
            {describeShortcuts(question)} Switch this off if the keys get in the way, for example with speech input.
          </p>
        </div>
        <button type="button" className="button button--small" onClick={onStartOver}>
          Start over
        </button>
      </div>
    </div>
  );
}
