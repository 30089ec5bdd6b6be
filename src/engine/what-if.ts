// What-if: what every other answer to an answered question would give. A change can
// open questions the person has not answered; then the outcome is that question and
// what each of its options would give, never an incomplete answer set passed off as a result.
import { rankRoles } from './ranking';
import { DEFAULT_TOP_COUNT, diffRankings, type RankingDiff } from './ranking-diff';
import { getOption, getQuestion, pruneAnswers, reachableQuestionIds, setAnswer, walk } from './tree';
import type { AnswerOption, Answers, OptionId, Question, QuestionId, QuestionTree, RankedRole } from './types';

/** A complete answer set: its ranking and how that differs from the current one. */
export interface WhatIfResult {
  readonly kind: 'result';
  readonly answers: Answers;
  readonly ranking: readonly RankedRole[];
  readonly diff: RankingDiff;
}

/** The answers so far lead to a question without an answer: each of its options, and what it would give. */
export interface WhatIfQuestion {
  readonly kind: 'question';
  /** Incomplete: `question` is unanswered. Good for a link into the quiz, not for results. */
  readonly answers: Answers;
  readonly question: Question;
  readonly branches: readonly WhatIfBranch[];
}

export type WhatIfOutcome = WhatIfResult | WhatIfQuestion;

export interface WhatIfBranch {
  readonly option: AnswerOption;
  readonly outcome: WhatIfOutcome;
}

/** One answered question and what each of its other options would give. */
export interface AnswerWhatIf {
  readonly question: Question;
  readonly chosen: AnswerOption;
  /** Every option but the chosen one, in the question's option order. */
  readonly alternatives: readonly WhatIfBranch[];
}

export interface WhatIfOptions {
  /** How many roles count as the top in the diffs (default 3). */
  readonly topCount?: number;
}

/**
 * Every answered question on the path, in path order, with every other option and its outcome.
 * Meant for complete answers (the results page); the diffs compare with the ranking of `answers`.
 */
export function whatIfs(tree: QuestionTree, answers: Answers, options: WhatIfOptions = {}): readonly AnswerWhatIf[] {
  const current = pruneAnswers(tree, answers);
  const baseline = rankRoles(tree, current);
  const topCount = options.topCount ?? DEFAULT_TOP_COUNT;
  return walk(tree, current).steps.map(({ question, option: chosen }) => ({
    question,
    chosen,
    alternatives: question.options
      .filter((option) => option.id !== chosen.id)
      .map((option) => ({ option, outcome: outcomeOf(tree, setAnswer(tree, current, question.id, option.id), baseline, topCount) })),
  }));
}

/**
 * What answering `questionId` with `optionId` would give, compared with `answers`' ranking;
 * null when setAnswer would ignore the change (unknown question or option, or a question
 * these answers do not lead to).
 */
export function whatIf(
  tree: QuestionTree,
  answers: Answers,
  questionId: QuestionId,
  optionId: OptionId,
  options: WhatIfOptions = {},
): WhatIfOutcome | null {
  const current = pruneAnswers(tree, answers);
  const question = getQuestion(tree, questionId);
  if (!question || !getOption(question, optionId) || !reachableQuestionIds(tree, current).has(questionId)) return null;
  const baseline = rankRoles(tree, current);
  return outcomeOf(tree, setAnswer(tree, current, questionId, optionId), baseline, options.topCount ?? DEFAULT_TOP_COUNT);
}

/**
 * A result when the answers are complete; otherwise the first unanswered question with one
 * branch per option, recursively. Each branch answers one more question on the path, so this
 * ends on any tree whose walk ends (the validator rejects cycles; walk guards against them).
 */
function outcomeOf(tree: QuestionTree, answers: Answers, baseline: readonly RankedRole[], topCount: number): WhatIfOutcome {
  const { current: open } = walk(tree, answers);
  if (open === null) {
    const ranking = rankRoles(tree, answers);
    return { kind: 'result', answers, ranking, diff: diffRankings(baseline, ranking, topCount) };
  }
  return {
    kind: 'question',
    answers,
    question: open,
    branches: open.options.map((option) => ({
      option,
      outcome: outcomeOf(tree, setAnswer(tree, answers, open.id, option.id), baseline, topCount),
    })),
  };
}

/** Every complete result an outcome can end in, depth-first in option order. */
export function outcomeResults(outcome: WhatIfOutcome): readonly WhatIfResult[] {
  return outcome.kind === 'result' ? [outcome] : outcome.branches.flatMap((branch) => outcomeResults(branch.outcome));
}
