// One question page: the question as the heading, a hint, one large button per answer,
// the Back link, progress on this person's path and the optional one-key answers.
import { useEffect, useEffectEvent, useId, useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import type { OptionId, Question } from '../../engine';
import { PageHeading } from '../../components/page-heading';
import { StartOverButton } from '../../components/start-over';
import { withParts } from '../../components/message-parts';
import { m } from '../../i18n';
import { useQuizStore } from '../../state';
import { describeShortcuts, ONE_KEY_ANSWERS_LABEL, optionIndexForKey, shortcutKeys, touchOnlyMedia } from './shortcuts';

const subscribeToTouchOnly = (onChange: () => void) => {
  const media = touchOnlyMedia(window);
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
};

/**
 * False on a touch screen without a mouse (TOUCH_ONLY_QUERY), where the switch is hidden: keys
 * that could not be switched off must not answer (WCAG 2.1.4). True on the server, so hydration
 * matches the prerendered page, whose CSS hides the switch there already.
 */
function useOneKeyAnswersOffered(): boolean {
  return useSyncExternalStore(subscribeToTouchOnly, () => !(touchOnlyMedia(window)?.matches ?? false), () => true);
}

interface QuestionViewProps {
  readonly question: Question;
  readonly chosen: OptionId | undefined;
  readonly position: number | null;
  readonly totalAtMost: number;
  readonly backTo: string;
  readonly onChoose: (optionId: OptionId) => void;
  /** How the page navigates; Start over goes through it too. */
  readonly go: (to: string) => void;
}

export function QuestionView({ question, chosen, position, totalAtMost, backTo, onChoose, go }: QuestionViewProps) {
  const shortcutsSwitchedOn = useQuizStore((state) => state.shortcutsEnabled);
  const shortcutsActive = useOneKeyAnswersOffered() && shortcutsSwitchedOn;
  const setShortcutsEnabled = useQuizStore((state) => state.setShortcutsEnabled);
  const keys = shortcutKeys(question);
  const idBase = useId();
  const hintId = `${idBase}-hint`;
  const shortcutsHintId = `${idBase}-shortcuts`;
  const shortcutsToggleId = `${idBase}-shortcuts-toggle`;

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    const option = question.options[optionIndexForKey(question, event)];
    if (!option) return;
    event.preventDefault();
    onChoose(option.id);
  });

  useEffect(() => {
    if (!shortcutsActive) return;
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [shortcutsActive]);

  return (
    <div className="stack">
      <Link to={backTo} className="back-link">
        {m.quiz_back()}
      </Link>
      <div>
        {position !== null ? (
          <p className="quiz-progress">{m.quiz_progress({ position, total: totalAtMost })}</p>
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
          const key = shortcutsActive ? (keys[index] ?? null) : null;
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
                    {m.quiz_your_answer()}
                  </span>
                ) : null}
                {key ? (
                  <span className="answer__key" aria-hidden="true">
                    {withParts(m.quiz_press_key, { key: <kbd>{key.toUpperCase()}</kbd> })}
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
            id={shortcutsToggleId}
            type="checkbox"
            checked={shortcutsSwitchedOn}
            aria-describedby={shortcutsHintId}
            onChange={(event) => setShortcutsEnabled(event.target.checked)}
          />
          <label htmlFor={shortcutsToggleId}>{ONE_KEY_ANSWERS_LABEL}</label>
          <p id={shortcutsHintId} className="quiz-shortcuts__hint">
            {m.quiz_shortcuts_hint({ keys: describeShortcuts(question) })}
          </p>
        </div>
        <StartOverButton className="button button--small" go={go} />
      </div>
    </div>
  );
}
