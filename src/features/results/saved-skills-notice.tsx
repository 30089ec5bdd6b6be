// A results link can carry skills. The page shows the link's and never overwrites the saved
// ones until the person chooses, as for the answers (see saved-answers-notice).
import { useEffect, useRef, useState } from 'react';
import { skillsToQuery, type SkillStates } from '../../engine';
import { SKILL_IDS } from '../../content/types';
import { useHasHydrated, useQuizStore, useSavedSkills } from '../../state';

/** Keyed by the page on the link's skills, so a new link starts fresh. Null: the link has none. */
export function SavedSkillsNotice({ linkSkills }: { linkSkills: SkillStates | null }) {
  const hydrated = useHasHydrated();
  const saved = useSavedSkills();
  const loadSkills = useQuizStore((state) => state.loadSkills);
  const [kept, setKept] = useState(false);
  const confirmation = useRef<HTMLParagraphElement>(null);
  const differs = hydrated && linkSkills !== null && skillsToQuery(SKILL_IDS, saved) !== skillsToQuery(SKILL_IDS, linkSkills);

  useEffect(() => {
    // The button is gone once the choice is made: keep the keyboard where the notice was.
    if (kept) confirmation.current?.focus();
  }, [kept]);

  const keep = () => {
    if (linkSkills !== null) loadSkills(linkSkills);
    setKept(true);
  };

  return (
    <div role="status" className="notice-region">
      {differs ? (
        <div className="notice notice--info results-saved">
          <p>
            <strong>This link carries its own skills.</strong> The gaps below are for the skills in the link; the skills
            saved in this browser stay as they are unless you choose to replace them.
          </p>
          <div className="button-row">
            <button type="button" className="button button--small" onClick={keep}>
              Keep these skills as mine
            </button>
          </div>
        </div>
      ) : kept ? (
        <div className="notice notice--info results-saved">
          <p ref={confirmation} tabIndex={-1}>
            These skills are now your saved skills in this browser.
          </p>
        </div>
      ) : null}
    </div>
  );
}
