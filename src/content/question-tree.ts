// The question tree. The three yes/no questions and their role mapping are the
// career guide's self-check, carried over exactly (3 points each). The follow-ups
// and background weights rest on statements of the two articles, cited per line
// (`sourceId`: the article the statement is in, shown on the "How it works" page).
// The words (each weight's reason, each hold-back's and caveat's text) are the language's:
// src/locales/<locale>/rules.ts, keyed "question.option.role".
import { caveatText, holdBackText, weightReasonText } from '@locale/rules';
import type { Caveat, HoldBack, QuestionTree, Weight } from '../engine/types';
import { questionFlow, type QuestionIdInTree } from './question-flow';
import { ROLE_IDS, type RoleId, type SourceId } from './types';

export { OPTION_IDS, QUESTION_IDS, questionFlow, type OptionIdOf, type QuestionIdInTree } from './question-flow';

const SELF_CHECK = 3;
const FOLLOW_UP = 2;
const BACKGROUND = 2;

/** A weight of this tree, with the article its reason rests on. */
export interface SourcedWeight extends Weight {
  readonly roleId: RoleId;
  readonly sourceId: SourceId;
}

/** The key of a rule's words: "code.yes.ml-engineer". */
type RuleKey<Q extends string, O extends string, R extends string> = `${Q}.${O}.${R}`;

const ruleKey = <Q extends QuestionIdInTree, O extends string, R extends RoleId>(questionId: Q, optionId: O, roleId: R) =>
  `${questionId}.${optionId}.${roleId}` as RuleKey<Q, O, R>;

/** A weight's facts; its reason comes from the language's words. */
const w = <Q extends QuestionIdInTree, O extends string, R extends RoleId>(
  questionId: Q,
  optionId: O,
  roleId: R,
  points: number,
  sourceId: SourceId,
) => ({ key: ruleKey(questionId, optionId, roleId), questionId, optionId, roleId, points, sourceId });

const WEIGHTS = [
  // The guide's self-check, exactly.
  w('code', 'yes', 'ml-engineer', SELF_CHECK, 'career-guide'),
  w('code', 'yes', 'mlops-engineer', SELF_CHECK, 'career-guide'),
  w('code', 'yes', 'ai-engineer-llm', SELF_CHECK, 'career-guide'),
  w('code', 'no', 'ai-product-manager', SELF_CHECK, 'career-guide'),
  w('code', 'no', 'prompt-engineer', SELF_CHECK, 'career-guide'),
  w('code', 'no', 'ai-ethics-policy', SELF_CHECK, 'career-guide'),
  w('research', 'yes', 'ai-research-scientist', SELF_CHECK, 'career-guide'),
  w('research', 'yes', 'ai-safety-researcher', SELF_CHECK, 'career-guide'),
  w('research', 'no', 'ml-engineer', SELF_CHECK, 'career-guide'),
  w('research', 'no', 'data-scientist', SELF_CHECK, 'career-guide'),
  w('research', 'no', 'mlops-engineer', SELF_CHECK, 'career-guide'),
  w('stakeholders', 'yes', 'data-scientist', SELF_CHECK, 'career-guide'),
  w('stakeholders', 'yes', 'ai-product-manager', SELF_CHECK, 'career-guide'),
  w('stakeholders', 'yes', 'ai-solutions-specialist', SELF_CHECK, 'career-guide'),
  w('stakeholders', 'no', 'ai-research-scientist', SELF_CHECK, 'career-guide'),
  w('stakeholders', 'no', 'mlops-engineer', SELF_CHECK, 'career-guide'),
  w('stakeholders', 'no', 'ml-engineer', SELF_CHECK, 'career-guide'),

  // Follow-up: Python after code = no. The skills article: for people willing to learn
  // Python, the LLM application path needs less maths than traditional ML.
  w('python', 'yes', 'ai-engineer-llm', FOLLOW_UP, 'skills-article'),
  w('python', 'yes', 'prompt-engineer', FOLLOW_UP, 'skills-article'),
  w('python', 'no', 'ai-product-manager', FOLLOW_UP, 'skills-article'),
  w('python', 'no', 'ai-ethics-policy', FOLLOW_UP, 'skills-article'),

  // Follow-up: PhD after research = yes. The skills article: research roles at major labs expect a PhD or strong master's.
  w('phd', 'yes', 'ai-research-scientist', FOLLOW_UP, 'skills-article'),
  w('phd', 'yes', 'ai-safety-researcher', FOLLOW_UP, 'skills-article'),

  // Background, from what the articles say of each role's fit.
  w('background', 'student', 'prompt-engineer', 1, 'career-guide'),
  w('background', 'student', 'ai-engineer-llm', 1, 'skills-article'),
  w('background', 'software', 'mlops-engineer', BACKGROUND, 'career-guide'),
  w('background', 'software', 'ml-engineer', 1, 'career-guide'),
  w('background', 'software', 'ai-engineer-llm', 1, 'skills-article'),
  w('background', 'data', 'data-scientist', BACKGROUND, 'career-guide'),
  w('background', 'data', 'prompt-engineer', 1, 'career-guide'),
  w('background', 'academic', 'ai-research-scientist', BACKGROUND, 'skills-article'),
  w('background', 'academic', 'ai-safety-researcher', 1, 'career-guide'),
  w('background', 'product', 'ai-product-manager', BACKGROUND, 'career-guide'),
  w('background', 'product', 'ai-solutions-specialist', 1, 'career-guide'),
  w('background', 'law-policy', 'ai-ethics-policy', BACKGROUND, 'skills-article'),
  w('background', 'domain', 'ai-product-manager', BACKGROUND, 'skills-article'),
  w('background', 'domain', 'prompt-engineer', 1, 'career-guide'),
  w('background', 'domain', 'ai-ethics-policy', 1, 'skills-article'),
  w('background', 'non-technical', 'prompt-engineer', BACKGROUND, 'career-guide'),
  w('background', 'non-technical', 'ai-product-manager', 1, 'skills-article'),
];

/** The key of each weight's reason in src/locales/<locale>/rules.ts. */
export type WeightKey = (typeof WEIGHTS)[number]['key'];

/** Every weight of the tree, in the order above. */
export const sourcedWeights: readonly SourcedWeight[] = WEIGHTS.map(({ key, ...weight }) => ({ ...weight, reason: weightReasonText[key] }));

/** A hold-back of this tree, with the source line it rests on (shown on "How it works"). */
export interface SourcedHoldBack extends HoldBack {
  readonly roleId: RoleId;
  readonly sourceId: SourceId;
  /** The source's own words the rule rests on, quoted exactly. */
  readonly sourceLine: string;
}

/** The skills article's FAQ, on the LLM application path. */
const WILLING_TO_LEARN_PYTHON =
  'For people willing to learn Python, AI engineering via the LLM application path (APIs, RAG, agents) requires less mathematical background than traditional ML';
/** The career guide's self-check, first question: the roles it lists for people who love writing code. */
const LOVES_CODE = 'Do you love writing code for its own sake? → Yes: ML Engineer, MLOps, NLP/LLM Engineer';

/** A hold-back's facts; its words come from the language's. */
const h = <Q extends QuestionIdInTree, O extends string, R extends RoleId>(
  questionId: Q,
  optionId: O,
  roleId: R,
  sourceId: SourceId,
  sourceLine: string,
) => ({ key: ruleKey(questionId, optionId, roleId), questionId, optionId, roleId, sourceId, sourceLine });

/**
 * Answers that hold a role back: it ranks after every role no answer holds back, whatever its
 * points (ADR 0011). Points alone let two other answers outweigh the first, most basic one.
 * - A No to code is the guide's primary split: it holds back the engineering roles the guide
 *   lists for people who love writing code. The LLM engineer, also on that list, stays open to
 *   those willing to learn Python, as the skills article offers it to them.
 * - A No to learning Python (asked only after a No to code) holds back every role whose core
 *   skills in the skills article's role table include Python. The source line is that row's
 *   core skills, or for the LLM engineer the article's offer.
 */
const HOLD_BACKS = [
  h('code', 'no', 'ml-engineer', 'career-guide', LOVES_CODE),
  h('code', 'no', 'mlops-engineer', 'career-guide', LOVES_CODE),
  h('python', 'no', 'ml-engineer', 'skills-article', 'Python, PyTorch/TensorFlow, model training, MLOps, cloud (AWS/GCP)'),
  h('python', 'no', 'data-scientist', 'skills-article', 'Python, SQL, statistics, pandas/sklearn, ML fundamentals, visualisation'),
  h('python', 'no', 'ai-research-scientist', 'skills-article', 'PhD-level maths, deep learning theory, research publication, Python'),
  h('python', 'no', 'ai-engineer-llm', 'skills-article', WILLING_TO_LEARN_PYTHON),
];

/** The key of each hold-back's words in src/locales/<locale>/rules.ts. */
export type HoldBackKey = (typeof HOLD_BACKS)[number]['key'];

export const sourcedHoldBacks: readonly SourcedHoldBack[] = HOLD_BACKS.map(({ key, ...holdBack }) => ({ ...holdBack, ...holdBackText[key] }));

/** A caveat's facts; its words come from the language's. */
const c = <Q extends QuestionIdInTree, O extends string, R extends RoleId>(questionId: Q, optionId: O, roleId: R) => ({
  key: ruleKey(questionId, optionId, roleId),
  questionId,
  optionId,
  roleId,
});

const CAVEATS = [
  c('python', 'no', 'prompt-engineer'),
  c('phd', 'no', 'ai-research-scientist'),
  c('phd', 'no', 'ai-safety-researcher'),
  c('research', 'yes', 'ai-research-scientist'),
];

/** The key of each caveat's words in src/locales/<locale>/rules.ts. */
export type CaveatKey = (typeof CAVEATS)[number]['key'];

const caveats: readonly Caveat[] = CAVEATS.map(({ key, ...caveat }) => ({ ...caveat, ...caveatText[key] }));

export const questionTree: QuestionTree = {
  ...questionFlow,
  weights: sourcedWeights,
  caveats,
  holdBacks: sourcedHoldBacks,
  roleIds: ROLE_IDS,
};
