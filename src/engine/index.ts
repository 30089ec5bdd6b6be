// The decision-tree engine: pure functions over (tree, answers). No React, no I/O.
export type * from './types';
export {
  answeredPath,
  enumeratePaths,
  getOption,
  getQuestion,
  isComplete,
  longestPathLength,
  nextQuestion,
  nextQuestionIdAfter,
  placeOf,
  previousQuestionId,
  progress,
  pruneAnswers,
  reachableQuestionIds,
  remainingAtMost,
  setAnswer,
  type Progress,
  type QuestionPlace,
} from './tree';
export { MATCH_THRESHOLDS, RANK_RULES, TIE_ORDER_RULES, isSharedRank, matchLabel, rankRoles, rankStandings, topRoleIds, type RankingRuleId } from './ranking';
export { answersToPathSegments, answersToSearchParams, parseAnswers, parseAnswerSegments, shorten } from './url';
export { describeProblem, validateSalaries, validateTree, type SalaryToCheck } from './validate';
export type * from './skill-types';
export { closestToReady, readiness, skillStateOf } from './readiness';
export { SKILL_QUERY_KEYS, parseSkills, skillsToQuery } from './skills-url';
export { describeSkillProblem, skillNameKey, validateSkills } from './skill-validate';
export { DEFAULT_TOP_COUNT, diffRankings, type RankMove, type RankingDiff, type TopPlace } from './ranking-diff';
export {
  outcomeResults,
  whatIf,
  whatIfs,
  type AnswerWhatIf,
  type WhatIfBranch,
  type WhatIfOptions,
  type WhatIfOutcome,
  type WhatIfQuestion,
  type WhatIfResult,
} from './what-if';
export {
  applyChanges,
  changesBetween,
  closestPath,
  closestPaths,
  rankEveryPath,
  type AnswerChange,
  type ClosestOptions,
  type ClosestPath,
  type RankedPath,
  type RoleDistance,
} from './closest';
export { quizSnapshot, type QuizRedirect, type QuizRedirectReason, type QuizSnapshot } from './quiz-snapshot';
export { layoutFlow, type FlowEdge, type FlowLayout, type FlowNode } from './flow-layout';
export { groupByFinalAnswer, roleOutcome, type FinalAnswerGroup, type RoleOutcome } from './role-outcomes';
