// The shapes of the content's prose, one per part. Each language writes its prose in
// src/locales/<locale>/<part>.ts, declared with these types, so a missing entry fails tsc; the
// content modules import it through `@locale/<part>` and merge it into their objects at load.
// Only words live there: ids, figures, names, weights and sources stay in src/content.
import type { OptionIdOf, QuestionIdInTree } from './question-flow';
import type { CaveatKey, HoldBackKey, WeightKey } from './question-tree';
import type { FaqId, HiringPointId } from './faq';
import type { SkillRelationId } from './skill-relations';
import type { StatisticId } from './statistics';
import type { UndatedSourceId } from './sources';
import type { RoleId, SkillGroupId, SkillId } from './types';

/** An answer's words: the button text and an optional one-line clarification. */
export interface OptionText {
  readonly label: string;
  readonly hint?: string;
}

/** A question's words: its heading, its hint and each option's words. */
export interface QuestionWords<Q extends QuestionIdInTree> {
  readonly prompt: string;
  readonly hint: string;
  readonly options: Readonly<Record<OptionIdOf<Q>, OptionText>>;
}

/** src/locales/<locale>/questions.ts */
export type QuestionText = { readonly [Q in QuestionIdInTree]: QuestionWords<Q> };

/** A caveat's or hold-back's words, in full and in a few words. */
export interface NoteText {
  readonly text: string;
  /** Twelve words at most, shorter than `text`. */
  readonly brief: string;
}

/** src/locales/<locale>/rules.ts: the "why" of each weight, and each hold-back and caveat. */
export type WeightReasonText = Readonly<Record<WeightKey, string>>;
export type HoldBackText = Readonly<Record<HoldBackKey, NoteText>>;
export type CaveatText = Readonly<Record<CaveatKey, NoteText>>;

/** A role's words. null where the sources say nothing (the same in every language). */
export interface RoleWords {
  readonly summary: string;
  readonly dayToDay: string | null;
  readonly suits: string | null;
  readonly breakingIn: string | null;
  /** How it differs from the role src/content/roles.ts names; null where it names none. */
  readonly differsFrom: string | null;
  readonly honestNotes: readonly string[];
}

/** src/locales/<locale>/roles.ts */
export type RoleText = Readonly<Record<RoleId, RoleWords>>;

/** src/locales/<locale>/skills.ts: the checklist's group headings. */
export type SkillGroupText = Readonly<Record<SkillGroupId, string>>;

/**
 * src/locales/<locale>/skills.ts: a few words beside a skill's English name, for a reader of
 * another language; only where the name does not explain itself ("Python" needs none). The
 * English module has none.
 */
export type SkillGloss = Readonly<Partial<Record<SkillId, string>>>;

/** src/locales/<locale>/skill-relations.ts: what the related entries all name. */
export type SkillRelationText = Readonly<Record<SkillRelationId, string>>;

/** src/locales/<locale>/faq.ts */
export interface FaqWords {
  readonly question: string;
  /** Each item is one fact the article states (the same number in every language). */
  readonly answer: readonly string[];
}
export type FaqText = Readonly<Record<FaqId, FaqWords>>;
export type HiringManagerText = Readonly<Record<HiringPointId, string>>;

/** src/locales/<locale>/statistics.ts: what each figure means. */
export type StatisticText = Readonly<Record<StatisticId, string>>;

/** src/locales/<locale>/sources.ts: the date note of a source that states no date. */
export type SourceDateText = Readonly<Record<UndatedSourceId, string>>;
