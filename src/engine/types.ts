// Types of the decision tree and of what the engine derives from it.
// The engine is generic: role ids and question ids are plain strings here;
// src/content narrows them for the app.

export type QuestionId = string;
export type OptionId = string;
export type RoleId = string;

export interface AnswerOption {
  readonly id: OptionId;
  /** The button text. */
  readonly label: string;
  /** Optional one-line clarification under the label. */
  readonly hint?: string;
  /** The next question after this option; overrides the question's `next`. `null` ends the quiz. */
  readonly next?: QuestionId | null;
}

export interface Question {
  readonly id: QuestionId;
  /** The page heading: the question itself. */
  readonly prompt: string;
  /** A short hint shown under the heading. */
  readonly hint: string;
  readonly options: readonly AnswerOption[];
  /** The next question for every option that sets no `next` of its own. Missing or `null` ends the quiz. */
  readonly next?: QuestionId | null;
}

/** "Answering `questionId` with `optionId` points to `roleId`", with the reason the results show. */
export interface Weight {
  readonly questionId: QuestionId;
  readonly optionId: OptionId;
  readonly roleId: RoleId;
  readonly points: number;
  /** Shown under "Why this role", in the second person. */
  readonly reason: string;
}

/** A warning attached to a role when an answer was given; it never hides the role. */
export interface Caveat {
  readonly questionId: QuestionId;
  readonly optionId: OptionId;
  readonly roleId: RoleId;
  readonly text: string;
  /** The same in a few words, for a one-line list (the results' first screen); `text` is one step away. */
  readonly brief: string;
}

/**
 * "Answering `questionId` with `optionId` holds `roleId` back": the role ranks after every role
 * that no answer holds back, whatever its points. For an answer that rules out what the role
 * needs (a No to learning a language the role is built on), which points alone cannot say.
 */
export interface HoldBack {
  readonly questionId: QuestionId;
  readonly optionId: OptionId;
  readonly roleId: RoleId;
  /** Shown with the role's caveats: names the answer and what the role needs. */
  readonly text: string;
  /** The same in a few words, for a one-line list. */
  readonly brief: string;
}

/** The questions and how they lead to each other: all that walking the tree needs. */
export interface QuestionFlow {
  readonly start: QuestionId;
  /** In display order; ids are unique. */
  readonly questions: readonly Question[];
}

/** The flow plus what ranking needs: weights, caveats and the roles. */
export interface QuestionTree extends QuestionFlow {
  readonly weights: readonly Weight[];
  readonly caveats: readonly Caveat[];
  readonly holdBacks: readonly HoldBack[];
  /** Every role the tree can rank, in catalogue order (the last tie-break). */
  readonly roleIds: readonly RoleId[];
}

/** The person's answers, keyed by question id. Order does not matter: the tree gives it. */
export type Answers = Readonly<Record<QuestionId, OptionId>>;

export interface PathStep {
  readonly question: Question;
  readonly option: AnswerOption;
}

/** By score; 'held-back' for a role an answer holds back, whatever its score. */
export type MatchLabel = 'strong' | 'good' | 'possible' | 'weak' | 'held-back';

export interface Reason {
  readonly questionId: QuestionId;
  readonly optionId: OptionId;
  readonly points: number;
  readonly text: string;
}

/** A role's place in a ranking without why: what questions over every path need. */
export interface RoleStanding {
  readonly roleId: RoleId;
  readonly score: number;
  /**
   * 1-based and shared: roles level on every rank rule (RANK_RULES) have the same rank, and the
   * next rank skips as many places ("1, 1, 3"). The list's order within a tie follows TIE_ORDER_RULES.
   */
  readonly rank: number;
}

/** What to know before choosing a role, in full and in a few words. */
export interface RoleCaveat {
  readonly text: string;
  readonly brief: string;
}

export interface RankedRole extends RoleStanding {
  readonly match: MatchLabel;
  /** The person's answers that pointed to this role, in path order. */
  readonly reasons: readonly Reason[];
  /** The hold-backs and the caveats of the answers on the path, in path order. */
  readonly caveats: readonly RoleCaveat[];
  /** An answer on the path holds this role back (see HoldBack). */
  readonly heldBack: boolean;
}

export type UrlProblem =
  | { readonly kind: 'unknown-question'; readonly key: string }
  | { readonly kind: 'unknown-option'; readonly questionId: QuestionId; readonly value: string }
  | { readonly kind: 'off-path'; readonly questionId: QuestionId; readonly value: string }
  | { readonly kind: 'duplicate'; readonly questionId: QuestionId }
  | { readonly kind: 'malformed'; readonly detail: string };

export interface ParsedAnswers {
  /** Only answers that are valid and on the path they build. */
  readonly answers: Answers;
  readonly problems: readonly UrlProblem[];
}

export type TreeProblem =
  | { readonly kind: 'duplicate-id'; readonly id: string }
  | { readonly kind: 'dangling-next'; readonly questionId: QuestionId; readonly next: string }
  | { readonly kind: 'missing-start'; readonly start: string }
  | { readonly kind: 'unreachable-question'; readonly questionId: QuestionId }
  | { readonly kind: 'cycle'; readonly questionIds: readonly QuestionId[] }
  | { readonly kind: 'unknown-role'; readonly roleId: string; readonly where: string }
  | { readonly kind: 'unknown-answer'; readonly questionId: string; readonly optionId: string; readonly where: string }
  | { readonly kind: 'too-few-options'; readonly questionId: QuestionId }
  | { readonly kind: 'never-top-three'; readonly roleId: RoleId }
  | { readonly kind: 'salary-upper-below-lower'; readonly roleId: RoleId; readonly currency: string };
