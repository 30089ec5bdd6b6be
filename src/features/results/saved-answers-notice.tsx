// A shared link and this browser's saved answers can differ. The page shows the link's
// answers and never overwrites the saved ones until the person chooses.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { answersToSearchParams, type Answers } from '../../engine';
import { questionTree } from '../../content/question-tree';
import { paths } from '../../routes/manifest';
import { useQuizStore, useSavedAnswers } from '../../state';

/** The answers in one canonical text form: equal answers, equal text (for comparing and keying). */
export function canonicalSearch(answers: Answers): string {
  return answersToSearchParams(questionTree, answers).toString();
}

/** Keyed by the page on the link's answers, so a new link starts fresh. */
export function SavedAnswersNotice({ urlAnswers }: { urlAnswers: Answers }) {
  const saved = useSavedAnswers();
  const loadAnswers = useQuizStore((state) => state.loadAnswers);
  const navigate = useNavigate();
  const [kept, setKept] = useState(false);
  const confirmation = useRef<HTMLParagraphElement>(null);

  const urlSearch = useMemo(() => canonicalSearch(urlAnswers), [urlAnswers]);
  const savedSearch = useMemo(() => canonicalSearch(saved), [saved]);
  const differs = savedSearch !== '' && savedSearch !== urlSearch;

  useEffect(() => {
    // The buttons are gone once the choice is made: keep the keyboard where the notice was.
    if (kept) confirmation.current?.focus();
  }, [kept]);

  const keep = () => {
    loadAnswers(urlAnswers);
    setKept(true);
  };

  return (
    <div role="status" className="notice-region">
      {differs ? (
        <div className="notice notice--info results-saved">
          <p>
            <strong>
              {urlSearch === '' ? 'You have answers saved in this browser.' : 'You have different answers saved in this browser.'}
            </strong>{' '}
            {urlSearch === ''
              ? 'You can see the results for them.'
              : 'This page shows the answers in its link. Your saved answers stay as they are unless you choose to replace them.'}
          </p>
          <div className="button-row">
            {urlSearch === '' ? null : (
              <button type="button" className="button button--small" onClick={keep}>
                Keep these results as my answers
              </button>
            )}
            <button type="button" className="button button--small" onClick={() => navigate(paths.results(saved))}>
              Show my saved results
            </button>
          </div>
        </div>
      ) : kept ? (
        <div className="notice notice--info results-saved">
          <p ref={confirmation} tabIndex={-1}>
            These results are now your saved answers in this browser.
          </p>
        </div>
      ) : null}
    </div>
  );
}
