// The way into the skills check from a results, role or compare page. The link carries where
// it came from (router state, never the address), so the check can offer the way back.
import { Link } from 'react-router';
import { m } from '../i18n';
import { paths } from '../routes/manifest';

export interface SkillsReturn {
  /** An address inside the app: a path, with its query. */
  readonly returnTo: string;
  /** Where that is, for the link back: "your results", "ML Engineer". */
  readonly returnLabel: string;
}

/** The way back the skills check was given, or null when it was opened directly (or the state is not ours). */
export function readSkillsReturn(state: unknown): SkillsReturn | null {
  if (typeof state !== 'object' || state === null) return null;
  const { returnTo, returnLabel } = state as Partial<Record<keyof SkillsReturn, unknown>>;
  if (typeof returnTo !== 'string' || typeof returnLabel !== 'string') return null;
  // Only a path of this app: no scheme, no protocol-relative "//host".
  if (!returnTo.startsWith('/') || returnTo.startsWith('//')) return null;
  return { returnTo, returnLabel };
}

/**
 * The link's words: for someone yet to mark skills, the same in brief (a button among others,
 * on one line on a phone), or for someone updating them.
 */
export const SKILLS_CHECK_WORDING = {
  check: m.components_skills_check(),
  brief: m.components_skills_check_brief(),
  update: m.components_skills_check_update(),
} as const;

interface SkillsCheckLinkProps {
  /**
   * `update` for someone with skills marked. Saved skills are read after the page has painted:
   * where the link shows as the page opens, keep `check` or `brief` (the words must not change
   * under the reader), and say `update` only where the link appears with the skills (a gap's own
   * section).
   */
  readonly wording: keyof typeof SKILLS_CHECK_WORDING;
  /** Where to come back to: this page's address from the manifest, without skills in it, so the saved ones show. */
  readonly returnTo: string;
  /** Where that is, for the way back, e.g. "your results". */
  readonly returnLabel: string;
  readonly className?: string;
}

export function SkillsCheckLink({ wording, returnTo, returnLabel, className }: SkillsCheckLinkProps) {
  const state: SkillsReturn = { returnTo, returnLabel };
  return (
    <Link to={paths.skills()} state={state} className={className}>
      {SKILLS_CHECK_WORDING[wording]}
    </Link>
  );
}
