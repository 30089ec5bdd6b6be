// The words of the explore parts of the results page (what-if, closest path, what changed):
// plain sentences built from the engine's diffs and the content's names.
import {
  answersToSearchParams,
  getOption,
  getQuestion,
  type AnswerChange,
  type Answers,
  type RankingDiff,
  type RoleId,
  type TopPlace,
} from '../../engine';
import { questionTree } from '../../content/question-tree';
import { getRole } from '../../content/roles';
import { listOf, placeText } from '../../components/english';

export function roleNameOf(roleId: RoleId): string {
  return getRole(roleId)?.name ?? roleId;
}

export function promptOf(questionId: string): string {
  return getQuestion(questionTree, questionId)?.prompt ?? questionId;
}

export function optionLabelOf(questionId: string, optionId: string): string {
  const question = getQuestion(questionTree, questionId);
  return (question ? getOption(question, optionId)?.label : undefined) ?? optionId;
}

/**
 * Who holds each place of a top, ties together: "Prompt Engineer 1st, then AI Engineer (LLM)
 * and Data Scientist joint 2nd".
 */
export function describeTop(places: readonly TopPlace[]): string {
  const groups: TopPlace[][] = [];
  for (const place of places) {
    const last = groups.at(-1);
    if (last && last[0]?.rank === place.rank) last.push(place);
    else groups.push([place]);
  }
  return groups
    .map((group) => `${listOf(group.map((place) => roleNameOf(place.roleId)))} ${placeText(group[0]?.rank ?? 0, group.length > 1)}`)
    .join(', then ');
}

/**
 * What a changed ranking means for the top: who comes in (and from where), then what the top
 * becomes; "Nothing in your ranking would change" when no role's rank changes. Ranks are
 * shared, so roles that only swap places within a tie have not moved.
 */
export function describeDiff(diff: RankingDiff): string {
  if (diff.moved.length === 0) return 'Nothing in your ranking would change.';
  const top = diff.topCount === 3 ? 'your top three' : `your top ${diff.topCount}`;
  if (diff.sameTopOrder) return `${capitalise(top)} would stay the same; only roles further down would move.`;
  const becomes = describeTop(diff.topAfter);
  if (diff.sameTopRoles) return `${capitalise(top)} would keep the same roles at new places: ${becomes}.`;
  const entries = diff.entered.map(
    (move) =>
      `${roleNameOf(move.roleId)} would move from ${placeText(move.fromRank, diff.sharedRanksBefore.includes(move.fromRank))} to ${placeText(move.toRank, diff.sharedRanksAfter.includes(move.toRank))}`,
  );
  return `${entries.join('; ')}; ${top} would become ${becomes}.`;
}

/** "Answer Yes to “Do you love writing code?” and No to “…”", for a closest path's changes. */
export function describeChanges(changes: readonly AnswerChange[]): string {
  const parts = changes.map((change) => `${optionLabelOf(change.questionId, change.to)} to “${promptOf(change.questionId)}”`);
  return `Answer ${listOf(parts)}`;
}

/** "your answer to “…” is now “…”", for every question whose answer differs between two complete answer sets. */
export function describeAnswerUpdate(before: Answers, after: Answers): string | null {
  const changed = [...answersToSearchParams(questionTree, after)].filter(([questionId, optionId]) => before[questionId] !== optionId);
  if (changed.length === 0) return null;
  const parts = changed.map(
    ([questionId, optionId]) => `your answer to “${promptOf(questionId)}” is now “${optionLabelOf(questionId, optionId)}”`,
  );
  return `Results updated: ${listOf(parts)}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
