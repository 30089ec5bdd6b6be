// The question tree. The three yes/no questions and their role mapping are the
// career guide's self-check, carried over exactly (3 points each). The follow-ups
// and background weights rest on statements of the two articles, cited per line
// (`sourceId`: the article the statement is in, shown on the "How it works" page).
import type { Caveat, HoldBack, QuestionTree, Weight } from '../engine/types';
import { questionFlow, type QuestionIdInTree } from './question-flow';
import { ROLE_IDS, type RoleId, type SourceId } from './types';

export { QUESTION_IDS, questionFlow, type QuestionIdInTree } from './question-flow';

const SELF_CHECK = 3;
const FOLLOW_UP = 2;
const BACKGROUND = 2;

/** A weight of this tree, with the article its reason rests on. */
export interface SourcedWeight extends Weight {
  readonly roleId: RoleId;
  readonly sourceId: SourceId;
}

const w = (
  questionId: QuestionIdInTree,
  optionId: string,
  roleId: RoleId,
  points: number,
  sourceId: SourceId,
  reason: string,
): SourcedWeight => ({ questionId, optionId, roleId, points, reason, sourceId });

/** Every weight of the tree, in the order above. */
export const sourcedWeights: readonly SourcedWeight[] = [
  // The guide's self-check, exactly.
  w('code', 'yes', 'ml-engineer', SELF_CHECK, 'career-guide', 'You love writing code: ML engineers spend their days building and shipping ML systems.'),
  w('code', 'yes', 'mlops-engineer', SELF_CHECK, 'career-guide', 'You love writing code: MLOps engineers build the infrastructure that runs models in production.'),
  w('code', 'yes', 'ai-engineer-llm', SELF_CHECK, 'career-guide', 'You love writing code: LLM engineers build applications on top of language models.'),
  w('code', 'no', 'ai-product-manager', SELF_CHECK, 'career-guide', 'You would rather not code for its own sake: AI product managers decide what the code should do, not write it.'),
  w('code', 'no', 'prompt-engineer', SELF_CHECK, 'career-guide', 'You would rather not code for its own sake: prompt engineering suits technical minds who are not hardcore programmers.'),
  w('code', 'no', 'ai-ethics-policy', SELF_CHECK, 'career-guide', 'You would rather not code for its own sake: the policy track of AI ethics and safety is about analysis and governance, not code.'),
  w('research', 'yes', 'ai-research-scientist', SELF_CHECK, 'career-guide', 'You are drawn to open-ended problems: research scientists design new methods and publish them.'),
  w('research', 'yes', 'ai-safety-researcher', SELF_CHECK, 'career-guide', 'You are drawn to open-ended problems: technical safety research works on alignment and interpretability.'),
  w('research', 'no', 'ml-engineer', SELF_CHECK, 'career-guide', 'You prefer practical work to open research: ML engineers build working systems rather than theory.'),
  w('research', 'no', 'data-scientist', SELF_CHECK, 'career-guide', 'You prefer practical work to open research: data scientists answer concrete business questions with data.'),
  w('research', 'no', 'mlops-engineer', SELF_CHECK, 'career-guide', 'You prefer practical work to open research: in MLOps, engineering skill matters more than ML theory.'),
  w('stakeholders', 'yes', 'data-scientist', SELF_CHECK, 'career-guide', 'You enjoy business stakeholders: data scientists turn data into decisions for them.'),
  w('stakeholders', 'yes', 'ai-product-manager', SELF_CHECK, 'career-guide', 'You enjoy business stakeholders: AI product managers work between the business and the engineering team.'),
  w('stakeholders', 'yes', 'ai-solutions-specialist', SELF_CHECK, 'career-guide', 'You enjoy business stakeholders: the guide points people like you to AI solutions roles.'),
  w('stakeholders', 'no', 'ai-research-scientist', SELF_CHECK, 'career-guide', 'You would rather not work with business stakeholders: research scientists work mostly with other researchers.'),
  w('stakeholders', 'no', 'mlops-engineer', SELF_CHECK, 'career-guide', 'You would rather not work with business stakeholders: MLOps work is mostly with engineers and systems.'),
  w('stakeholders', 'no', 'ml-engineer', SELF_CHECK, 'career-guide', 'You would rather not work with business stakeholders: the guide lists core ML engineering for you.'),

  // Follow-up: Python after code = no. The skills article: for people willing to learn
  // Python, the LLM application path needs less maths than traditional ML.
  w('python', 'yes', 'ai-engineer-llm', FOLLOW_UP, 'skills-article', 'You would learn Python: the LLM application path (APIs, RAG, agents) needs less maths than traditional ML and is in strong demand.'),
  w('python', 'yes', 'prompt-engineer', FOLLOW_UP, 'skills-article', 'You would learn Python: prompt engineers need Python basics alongside deep knowledge of LLM behaviour.'),
  w('python', 'no', 'ai-product-manager', FOLLOW_UP, 'skills-article', 'You would rather not learn Python: AI product management is the most accessible entry point without engineering depth.'),
  w('python', 'no', 'ai-ethics-policy', FOLLOW_UP, 'skills-article', 'You would rather not learn Python: ethics and policy roles build on policy, legal and communication skills.'),

  // Follow-up: PhD after research = yes. The skills article: research roles at major labs expect a PhD or strong master's.
  w('phd', 'yes', 'ai-research-scientist', FOLLOW_UP, 'skills-article', 'You have or plan a PhD or strong master’s, which research roles at major labs expect.'),
  w('phd', 'yes', 'ai-safety-researcher', FOLLOW_UP, 'skills-article', 'You have or plan a PhD or strong master’s, a strong base for technical safety research.'),

  // Background, from what the articles say of each role's fit.
  w('background', 'student', 'prompt-engineer', 1, 'career-guide', 'You are a student: the guide calls prompt engineering a good entry point into AI careers.'),
  w('background', 'student', 'ai-engineer-llm', 1, 'skills-article', 'You are a student: for engineering and application roles a portfolio of projects counts for more than a degree.'),
  w('background', 'software', 'mlops-engineer', BACKGROUND, 'career-guide', 'You come from software, DevOps or IT: the guide names these engineers as the natural fit for MLOps.'),
  w('background', 'software', 'ml-engineer', 1, 'career-guide', 'You come from software: ML engineering bridges research and reliable engineering at scale.'),
  w('background', 'software', 'ai-engineer-llm', 1, 'skills-article', 'You come from software: LLM engineering builds on APIs and application code you already know.'),
  w('background', 'data', 'data-scientist', BACKGROUND, 'career-guide', 'You come from data analysis or statistics: the core of data science.'),
  w('background', 'data', 'prompt-engineer', 1, 'career-guide', 'You come from analysis: the guide names analysts with deep AI tool fluency as a fit for prompt engineering.'),
  w('background', 'academic', 'ai-research-scientist', BACKGROUND, 'skills-article', 'You come from academic research: research roles at major labs expect a PhD or strong master’s.'),
  w('background', 'academic', 'ai-safety-researcher', 1, 'career-guide', 'You come from academic research: technical safety work is research at its core.'),
  w('background', 'product', 'ai-product-manager', BACKGROUND, 'career-guide', 'You come from product or business: the guide says existing product managers move well into AI product roles.'),
  w('background', 'product', 'ai-solutions-specialist', 1, 'career-guide', 'You come from business work: the guide puts AI solutions roles among those for people who work with business stakeholders.'),
  w('background', 'law-policy', 'ai-ethics-policy', BACKGROUND, 'skills-article', 'You come from law, policy or ethics: the skills article names lawyers, policy professionals and ethicists as a good fit.'),
  w('background', 'domain', 'ai-product-manager', BACKGROUND, 'skills-article', 'You have domain expertise: AI product management is the most accessible entry point for domain experts.'),
  w('background', 'domain', 'prompt-engineer', 1, 'career-guide', 'You have domain expertise: the guide names domain experts with AI tool fluency as a fit for prompt engineering.'),
  w('background', 'domain', 'ai-ethics-policy', 1, 'skills-article', 'You have domain expertise: ethics and policy roles list a law, policy, healthcare or finance background as a must-have.'),
  w('background', 'non-technical', 'prompt-engineer', BACKGROUND, 'career-guide', 'You come from writing or other non-technical work: the guide names writers with AI tool fluency as a fit for prompt engineering.'),
  w('background', 'non-technical', 'ai-product-manager', 1, 'skills-article', 'You come from non-technical work: AI product management builds on strategy, communication and product sense.'),
];

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

const NO_PYTHON = 'You said you would rather not learn Python';
const PYTHON_IS_CORE = `${NO_PYTHON}, and the skills article lists Python among this role’s core skills.`;
const FOR_CODE_LOVERS = 'You said you do not love writing code for its own sake, and the career guide lists this role for people who do.';

const h = (
  questionId: QuestionIdInTree,
  optionId: string,
  roleId: RoleId,
  sourceId: SourceId,
  sourceLine: string,
  text: string,
  brief: string,
): SourcedHoldBack => ({ questionId, optionId, roleId, sourceId, sourceLine, text, brief });

const BRIEF_FOR_CODE_LOVERS = 'Held back: the guide lists it for people who love code.';
const BRIEF_PYTHON_IS_CORE = 'Held back: Python is one of its core skills.';

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
export const sourcedHoldBacks: readonly SourcedHoldBack[] = [
  h('code', 'no', 'ml-engineer', 'career-guide', LOVES_CODE, FOR_CODE_LOVERS, BRIEF_FOR_CODE_LOVERS),
  h('code', 'no', 'mlops-engineer', 'career-guide', LOVES_CODE, FOR_CODE_LOVERS, BRIEF_FOR_CODE_LOVERS),
  h('python', 'no', 'ml-engineer', 'skills-article', 'Python, PyTorch/TensorFlow, model training, MLOps, cloud (AWS/GCP)', PYTHON_IS_CORE, BRIEF_PYTHON_IS_CORE),
  h('python', 'no', 'data-scientist', 'skills-article', 'Python, SQL, statistics, pandas/sklearn, ML fundamentals, visualisation', PYTHON_IS_CORE, BRIEF_PYTHON_IS_CORE),
  h('python', 'no', 'ai-research-scientist', 'skills-article', 'PhD-level maths, deep learning theory, research publication, Python', PYTHON_IS_CORE, BRIEF_PYTHON_IS_CORE),
  h(
    'python',
    'no',
    'ai-engineer-llm',
    'skills-article',
    WILLING_TO_LEARN_PYTHON,
    `${NO_PYTHON}: the skills article offers this path to people willing to learn it, and Python is the first of its core skills.`,
    'Held back: the path is offered to those willing to learn Python.',
  ),
];

const caveats: readonly Caveat[] = [
  {
    questionId: 'python',
    optionId: 'no',
    roleId: 'prompt-engineer',
    text: `${NO_PYTHON}. This role needs less of it than the engineering roles, but the skills article lists Python basics among its core skills.`,
    brief: 'It still needs Python basics.',
  },
  {
    questionId: 'phd',
    optionId: 'no',
    roleId: 'ai-research-scientist',
    text: 'Research roles at major labs almost always expect a PhD or strong master’s. Breaking in without one is possible but hard: it takes an exceptional record of published work or open-source contributions.',
    brief: 'Major labs almost always expect a PhD or strong master’s.',
  },
  {
    questionId: 'phd',
    optionId: 'no',
    roleId: 'ai-safety-researcher',
    text: 'Technical safety research is research work: expect employers to look for a strong ML background, which labs usually judge by a PhD or strong master’s.',
    brief: 'Labs usually look for a PhD or strong master’s.',
  },
  {
    questionId: 'research',
    optionId: 'yes',
    roleId: 'ai-research-scientist',
    text: 'This is the most competitive track: top labs receive thousands of applications from PhDs of top universities.',
    brief: 'The most competitive track of all.',
  },
];

export const questionTree: QuestionTree = {
  ...questionFlow,
  weights: sourcedWeights,
  caveats,
  holdBacks: sourcedHoldBacks,
  roleIds: ROLE_IDS,
};
