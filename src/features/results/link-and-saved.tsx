// A shared link and this browser's saved progress can differ: other answers, or skills of the
// link's own. The page shows the link's and never overwrites the saved ones until the person
// chooses. Saved progress is read after the page has painted, so the message about it goes to
// the status tray, where it pushes nothing (ADR 13); one message covers answers and skills.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { answersToSearchParams, skillsToQuery, type Answers, type SkillStates } from '../../engine';
import { questionTree } from '../../content/question-tree';
import { SKILL_IDS } from '../../content/types';
import { InStatusTray, StatusMessage } from '../../components/status-tray';
import { paths } from '../../routes/manifest';
import { hasAnySkill, useHasHydrated, useQuizStore, useSavedAnswers, useSavedSkills } from '../../state';

/** The answers in one canonical text form: equal answers, equal text (for comparing and keying). */
export function canonicalSearch(answers: Answers): string {
  return answersToSearchParams(questionTree, answers).toString();
}

/** The name of the message's region. */
export const LINK_AND_SAVED_LABEL = 'This link and what is saved in this browser';

/** The choices the message offers. */
export const KEEP_CHOICES = {
  answers: 'Keep these as my answers',
  skills: 'Keep these as my skills',
  both: 'Keep both as mine',
  showSaved: 'Show my saved results',
} as const;

interface Kept {
  readonly answers: boolean;
  readonly skills: boolean;
}

function keptText({ answers, skills }: Kept): string {
  if (answers && skills) return 'These answers and skills are now saved as yours in this browser.';
  return answers ? 'These results are now your saved answers in this browser.' : 'These skills are now your saved skills in this browser.';
}

/**
 * Keyed by the page on the link's answers and skills, so a new link starts fresh. `linkSkills`:
 * the skills the link carries, null when it carries none (or its answers are not complete).
 */
export function LinkAndSavedMessage({ urlAnswers, linkSkills }: { urlAnswers: Answers; linkSkills: SkillStates | null }) {
  const hydrated = useHasHydrated();
  const savedAnswers = useSavedAnswers();
  const savedSkills = useSavedSkills();
  const loadAnswers = useQuizStore((state) => state.loadAnswers);
  const loadSkills = useQuizStore((state) => state.loadSkills);
  const navigate = useNavigate();
  const [kept, setKept] = useState<Kept | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const confirmation = useRef<HTMLParagraphElement>(null);

  const urlSearch = useMemo(() => canonicalSearch(urlAnswers), [urlAnswers]);
  const savedSearch = useMemo(() => canonicalSearch(savedAnswers), [savedAnswers]);
  const answersDiffer = savedSearch !== '' && savedSearch !== urlSearch;
  const skillsDiffer = hydrated && linkSkills !== null && skillsToQuery(SKILL_IDS, savedSkills) !== skillsToQuery(SKILL_IDS, linkSkills);

  useEffect(() => {
    // The buttons are gone once the choice is made: keep the keyboard where the message was.
    if (kept) confirmation.current?.focus();
  }, [kept]);

  if (dismissed || (!kept && !answersDiffer && !skillsDiffer)) return null;

  const dismiss = () => setDismissed(true);
  if (kept) {
    return (
      <InStatusTray>
        <StatusMessage label={LINK_AND_SAVED_LABEL} onDismiss={dismiss}>
          <p ref={confirmation} tabIndex={-1}>
            {keptText(kept)}
          </p>
        </StatusMessage>
      </InStatusTray>
    );
  }

  // Only a link with answers can be kept as the answers (an empty /results has none to keep).
  const keepsAnswers = answersDiffer && urlSearch !== '';
  const keep = () => {
    if (keepsAnswers) loadAnswers(urlAnswers);
    if (skillsDiffer && linkSkills !== null) loadSkills(linkSkills);
    setKept({ answers: keepsAnswers, skills: skillsDiffer });
  };
  const keepLabel = keepsAnswers && skillsDiffer ? KEEP_CHOICES.both : keepsAnswers ? KEEP_CHOICES.answers : skillsDiffer ? KEEP_CHOICES.skills : null;

  return (
    <InStatusTray>
      <StatusMessage
        label={LINK_AND_SAVED_LABEL}
        onDismiss={dismiss}
        actions={
          <>
            {keepLabel ? (
              <button type="button" className="button button--small" onClick={keep}>
                {keepLabel}
              </button>
            ) : null}
            {answersDiffer ? (
              <button type="button" className="button button--small" onClick={() => void navigate(paths.results(savedAnswers))}>
                {KEEP_CHOICES.showSaved}
              </button>
            ) : null}
          </>
        }
      >
        <Explanation answersDiffer={answersDiffer} skillsDiffer={skillsDiffer} linkHasAnswers={urlSearch !== ''} noSavedSkills={!hasAnySkill(savedSkills)} />
      </StatusMessage>
    </InStatusTray>
  );
}

function Explanation({
  answersDiffer,
  skillsDiffer,
  linkHasAnswers,
  noSavedSkills,
}: {
  answersDiffer: boolean;
  skillsDiffer: boolean;
  linkHasAnswers: boolean;
  noSavedSkills: boolean;
}) {
  if (answersDiffer && !linkHasAnswers) {
    return (
      <p>
        <strong>You have answers saved in this browser.</strong> You can see the results for them.
      </p>
    );
  }
  if (answersDiffer && skillsDiffer) {
    return (
      <p>
        <strong>This link has its own answers and skills.</strong> Yours stay saved as they are unless you keep these.
      </p>
    );
  }
  if (answersDiffer) {
    return (
      <p>
        <strong>You have different answers saved in this browser.</strong> This page shows the link’s; yours stay as
        they are unless you keep these.
      </p>
    );
  }
  return (
    <p>
      <strong>This link carries its own skills.</strong> The gaps shown are for them;{' '}
      {noSavedSkills ? 'none are saved in this browser yet.' : 'yours stay saved as they are unless you keep these.'}
    </p>
  );
}
