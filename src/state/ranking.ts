// The ranking selector, apart from the others so the weights behind it load only
// with the screens that rank (results), not with the quiz.
import { useMemo } from 'react';
import { rankRoles, type Answers, type RankedRole } from '../engine';
import { questionTree } from '../content/question-tree';

/** Every role ranked for these answers; memoised, since ranking returns fresh objects. */
export function useRanking(answers: Answers): readonly RankedRole[] {
  return useMemo(() => rankRoles(questionTree, answers), [answers]);
}
