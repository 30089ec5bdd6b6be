// Which skills a page shows the gap for. A results link may carry skills (`?have=python,sql`):
// then the page shows the link's, as it shows the link's answers, and the saved skills stay
// as they are until the person chooses to keep the link's. Otherwise it shows the saved ones.
import { useMemo } from 'react';
import { useLocation } from 'react-router';
import { SKILL_QUERY_KEYS, parseSkills, type ParsedSkills, type SkillStates } from '../engine';
import { SKILL_IDS } from '../content/types';
import { NO_SKILLS, useAfterSavedProgress, useSavedSkills } from '../state';

export interface ShownSkills {
  /** The skills to show a gap for: none until saved progress has been read. */
  readonly states: SkillStates;
  /** The skills of the address when it names any (`have=` or `learning=`), read at once; else null. */
  readonly link: ParsedSkills | null;
  /** What was wrong with the address's skills, to tell the person: none until the page is live. */
  readonly problems: ParsedSkills['problems'];
}

/** True when the query names skills at all, even only unknown ones. */
export function queryNamesSkills(search: string): boolean {
  const keys = new Set([...new URLSearchParams(search).keys()].map((key) => key.trim().toLowerCase()));
  return SKILL_QUERY_KEYS.some((key) => keys.has(key));
}

const NO_PROBLEMS: ParsedSkills['problems'] = Object.freeze([]);

export function useShownSkills(): ShownSkills {
  const { search } = useLocation();
  const saved = useSavedSkills();
  const link = useMemo(() => (queryNamesSkills(search) ? parseSkills(SKILL_IDS, search) : null), [search]);
  // The prerendered page holds no skills and no notice about them (a static host ignores the
  // query): the link's appear once the page is live, like the saved ones, so hydration matches.
  // Without skills in the link it stays null then, so the page does not render again.
  const liveLink = useAfterSavedProgress(() => link, null);
  if (link === null) return { states: saved, link, problems: NO_PROBLEMS };
  return { states: liveLink?.states ?? NO_SKILLS, link, problems: liveLink?.problems ?? NO_PROBLEMS };
}
