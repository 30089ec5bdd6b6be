// A one-time message about saved progress, in the status tray: saved progress is read after the
// page has painted, so a message above the page pushed it down (ADR 13). Each message says what
// happened and what is kept, and offers the way forward where there is one to offer.
import { Link } from 'react-router';
import { StatusMessage } from '../components/status-tray';
import type { Answers } from '../engine';
import { m } from '../i18n';
import { paths, type RouteId } from '../routes/manifest';
import { useAnswers, useQuizStore, type Notice } from '../state';

export const STORAGE_MESSAGES: Readonly<Record<Notice, string>> = {
  'saved-progress-unreadable': m.app_storage_unreadable(),
  'saved-progress-reset': m.app_storage_reset(),
  'saved-answers-dropped': m.app_storage_answers_dropped(),
  'saved-skills-dropped': m.app_storage_skills_dropped(),
  'storage-unavailable': m.app_storage_unavailable(),
};

/** The name of the message's region. */
export const STORAGE_MESSAGE_LABEL = m.app_storage_label();

/** The pages that offer the quiz already, first thing: the home page and the quiz itself. */
const QUIZ_ROUTES: readonly (RouteId | null)[] = ['home', 'quiz', 'question'];

interface WayForward {
  readonly to: string;
  readonly text: string;
}

/** Where to go next after this notice, unless the page shown is that place already. */
function wayForward(notice: Notice, routeId: RouteId | null, answers: Answers): WayForward | null {
  switch (notice) {
    case 'saved-progress-unreadable':
    case 'saved-progress-reset':
      return QUIZ_ROUTES.includes(routeId) ? null : { to: paths.firstQuestion(), text: m.app_storage_start() };
    case 'saved-answers-dropped':
      return QUIZ_ROUTES.includes(routeId) ? null : { to: paths.continue(answers), text: m.app_storage_continue() };
    case 'saved-skills-dropped':
      return routeId === 'skills' ? null : { to: paths.skills(), text: m.app_storage_review_skills() };
    case 'storage-unavailable':
      return null;
  }
}

/** `routeId`: the page shown, so the message does not offer the page the person is on. */
export function StorageNotice({ routeId }: { routeId: RouteId | null }) {
  const notice = useQuizStore((state) => state.notice);
  const dismiss = useQuizStore((state) => state.dismissNotice);
  const answers = useAnswers();
  if (!notice) return null;
  const way = wayForward(notice, routeId, answers);
  return (
    <StatusMessage
      label={STORAGE_MESSAGE_LABEL}
      tone="warning"
      onDismiss={dismiss}
      actions={
        way ? (
          // Following it is reading the message: it goes.
          <Link to={way.to} className="button button--small" onClick={dismiss}>
            {way.text}
          </Link>
        ) : null
      }
    >
      <p>{STORAGE_MESSAGES[notice]}</p>
    </StatusMessage>
  );
}
