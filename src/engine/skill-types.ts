// Types of the skills check: what a role asks for, what the person has, and what the
// engine derives from the two. Generic: skill and role ids are plain strings here.

export type SkillId = string;

/** Where the person stands on one skill. A skill with no state is 'missing'. */
export type SkillState = 'have' | 'learning' | 'missing';

/** The person's skills, keyed by skill id. Only 'have' and 'learning' need storing. */
export type SkillStates = Readonly<Record<SkillId, SkillState>>;

/** The three lists a role's skills come in, each in its source's order. */
export interface SkillRequirements {
  /** The track's must-haves (the named or the nearest track); empty without a track. */
  readonly mustHave: readonly SkillId[];
  /** The role's own core skills; empty where the sources list none. */
  readonly core: readonly SkillId[];
  /** The track's nice-to-haves; empty without a track. */
  readonly niceToHave: readonly SkillId[];
  /**
   * The track is only the nearest one: its lists are borrowed, so the role's own core skills
   * lead "Learn next", before the track's must-haves. Unset means the role's own track.
   */
  readonly trackIsNearest?: boolean;
}

export type SkillTier = 'must-have' | 'core' | 'nice-to-have';

/** How many of one list's skills the person has, is learning, and the list's length (each skill once). */
export interface SkillTally {
  readonly have: number;
  readonly learning: number;
  readonly total: number;
}

export interface LearnNextItem {
  readonly skillId: SkillId;
  /** The highest list the skill is in: must-have, then core, then nice-to-have. */
  readonly tier: SkillTier;
  readonly state: 'learning' | 'missing';
}

export interface Readiness {
  readonly mustHave: SkillTally;
  readonly core: SkillTally;
  readonly niceToHave: SkillTally;
  /** Must-have and core skills together, each skill once: what "closest to ready" counts. */
  readonly required: SkillTally;
  /** Every listed skill the person does not have yet, must-haves first; see `readiness`. */
  readonly learnNext: readonly LearnNextItem[];
  /** False when the sources list no skills at all for the role: there is no gap to show, only that fact. */
  readonly hasListedSkills: boolean;
}

export interface RoleSkills {
  readonly roleId: string;
  readonly requirements: SkillRequirements;
}

export interface RoleReadiness extends Readiness {
  readonly roleId: string;
}

export type SkillUrlProblem =
  /** An id in `have=` or `learning=` that the catalogue does not hold. */
  | { readonly kind: 'unknown-skill'; readonly state: 'have' | 'learning'; readonly value: string }
  /** The same skill given more than once; the first mention wins. */
  | { readonly kind: 'duplicate-skill'; readonly skillId: SkillId }
  /** A `have=` / `learning=` part that cannot be decoded. Same shape as UrlProblem's. */
  | { readonly kind: 'malformed'; readonly detail: string };

export interface ParsedSkills {
  /** Only known skills, each 'have' or 'learning'. */
  readonly states: SkillStates;
  readonly problems: readonly SkillUrlProblem[];
}

/** One printed skill list of the content, for the catalogue check. */
export interface SkillListToCheck {
  /** Where the list is, for the message, e.g. "core skills of ml-engineer". */
  readonly where: string;
  readonly ids: readonly string[];
  /** The names the list shows, in the same order as `ids`. */
  readonly printed: readonly string[];
}

export type SkillProblem =
  | { readonly kind: 'duplicate-skill-id'; readonly id: string }
  | { readonly kind: 'bad-skill-id'; readonly id: string }
  | { readonly kind: 'empty-skill-name'; readonly id: string }
  | { readonly kind: 'same-skill-twice'; readonly ids: readonly [string, string]; readonly name: string }
  | { readonly kind: 'unknown-skill-id'; readonly id: string; readonly where: string }
  | { readonly kind: 'skill-name-without-id'; readonly name: string; readonly where: string }
  | { readonly kind: 'skill-without-source'; readonly id: string }
  | { readonly kind: 'skill-key-clash'; readonly key: string };
