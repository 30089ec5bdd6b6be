/** The few rules of a language that a message cannot hold: each language writes its own. */
export interface Grammar {
  readonly locale: string;
  /** Joins words as a sentence does: "A, B and C". */
  listOf(items: readonly string[]): string;
  /** A place in a ranking: "2nd". */
  ordinal(rank: number): string;
  /** A place that may be shared with another role: "joint 2nd". */
  placeText(rank: number, joint: boolean): string;
  /** The plural form a message selects with `form` (see `counted`). */
  pluralForm(count: number): 'one' | 'other';
}
