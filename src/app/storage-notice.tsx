import { useQuizStore, type Notice } from '../state';

const MESSAGES: Record<Notice, string> = {
  'saved-progress-unreadable': 'Your saved progress could not be read in this browser, so the quiz starts fresh.',
  'saved-progress-reset': 'Your saved progress was damaged and could not be used, so the quiz starts fresh.',
  'saved-answers-dropped': 'Some saved answers no longer fit the quiz and were removed. The rest are kept.',
  'saved-skills-dropped': 'Some saved skills could not be read or are no longer in the skills check, so they were removed. The rest are kept.',
  'storage-unavailable': 'This browser is not letting us save your progress. You can carry on; your answers will last until you close the tab.',
};

/** A one-time message about saved progress, in a live region so it is announced. */
export function StorageNotice() {
  const notice = useQuizStore((state) => state.notice);
  const dismiss = useQuizStore((state) => state.dismissNotice);
  return (
    <div role="status" className="notice-region">
      {notice ? (
        <div className="notice">
          <p>{MESSAGES[notice]}</p>
          <button type="button" className="button button--small" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  );
}
