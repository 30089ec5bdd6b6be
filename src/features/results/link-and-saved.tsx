// A shared link and this browser's saved progress can differ: other answers, or skills of the
// link's own. The page shows the link's and never overwrites the saved ones until the person
// chooses. Saved progress is read after the page has painted, so the message about it goes to
// the status tray, where it pushes nothing (ADR 13); one message covers answers and skills.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { answersToSearchParams, skillsToQuery, type Answers, type SkillStates } from '../../engine';
import { questionTree } from '../../content/question-tree';
import { SKILL_IDS } from '../../content/types';
import { withParts } from '../../components/message-parts';
import { InStatusTray, StatusMessage } from '../../components/status-tray';
import { m } from '../../i18n';
import { paths } from '../../routes/manifest';
import { hasAnySkill, useHasHydrated, useQuizStore, useSavedAnswers, useSavedSkills } from '../../state';

/** The answers in one canonical text form: equal answers, equal text (for comparing and keying). */
export function canonicalSearch(answers: Answers): string {
  return answersToSearchParams(questionTree, answers).toString();
}

/** The name of the message's region. */
export const LINK_AND_SAVED_LABEL = m.results_saved_label();

/** The choices the message offers. */
export const KEEP_CHOICES = {
  answers: m.results_keep_answers(),
  skills: m.results_keep_skills(),
  both: m.results_keep_both(),
  showSaved: m.results_show_saved(),
} as const;

interface Kept {
  readonly answers: boolean;
  readonly skills: boolean;
}

function keptText({ answers, skills }: Kept): string {
  if (answers && skills) return m.results_kept_both();
  return answers ? m.results_kept_answers() : m.results_kept_skills();
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
  const lead = (text: string) => ({ lead: <strong>{text}</strong> });
  if (answersDiffer && !linkHasAnswers) return <p>{withParts(m.results_saved_only, lead(m.results_saved_only_lead()))}</p>;
  if (answersDiffer && skillsDiffer) return <p>{withParts(m.results_link_both, lead(m.results_link_both_lead()))}</p>;
  if (answersDiffer) return <p>{withParts(m.results_link_answers, lead(m.results_link_answers_lead()))}</p>;
  const skillsMessage = noSavedSkills ? m.results_link_skills_none_saved : m.results_link_skills_saved;
  return <p>{withParts(skillsMessage, lead(m.results_link_skills_lead()))}</p>;
}
