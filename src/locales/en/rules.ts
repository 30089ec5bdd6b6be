// The ranking's words in English: why each answer points to a role (shown under "Why this
// role"), and what the results say when an answer holds a role back or comes with a caveat.
// Keyed "question.option.role"; the weights and sources are in src/content/question-tree.ts.
import type { CaveatText, HoldBackText, WeightReasonText } from '../../content/text-types';

export const weightReasonText: WeightReasonText = {
  'code.yes.ml-engineer':
    'You love writing code: ML engineers spend their days building and shipping ML systems.',
  'code.yes.mlops-engineer':
    'You love writing code: MLOps engineers build the infrastructure that runs models in production.',
  'code.yes.ai-engineer-llm':
    'You love writing code: LLM engineers build applications on top of language models.',
  'code.no.ai-product-manager':
    'You would rather not code for its own sake: AI product managers decide what the code should do, not write it.',
  'code.no.prompt-engineer':
    'You would rather not code for its own sake: prompt engineering suits technical minds who are not hardcore programmers.',
  'code.no.ai-ethics-policy':
    'You would rather not code for its own sake: the policy track of AI ethics and safety is about analysis and governance, not code.',
  'research.yes.ai-research-scientist':
    'You are drawn to open-ended problems: research scientists design new methods and publish them.',
  'research.yes.ai-safety-researcher':
    'You are drawn to open-ended problems: technical safety research works on alignment and interpretability.',
  'research.no.ml-engineer':
    'You prefer practical work to open research: ML engineers build working systems rather than theory.',
  'research.no.data-scientist':
    'You prefer practical work to open research: data scientists answer concrete business questions with data.',
  'research.no.mlops-engineer':
    'You prefer practical work to open research: in MLOps, engineering skill matters more than ML theory.',
  'stakeholders.yes.data-scientist':
    'You enjoy business stakeholders: data scientists turn data into decisions for them.',
  'stakeholders.yes.ai-product-manager':
    'You enjoy business stakeholders: AI product managers work between the business and the engineering team.',
  'stakeholders.yes.ai-solutions-specialist':
    'You enjoy business stakeholders: the guide points people like you to AI solutions roles.',
  'stakeholders.no.ai-research-scientist':
    'You would rather not work with business stakeholders: research scientists work mostly with other researchers.',
  'stakeholders.no.mlops-engineer':
    'You would rather not work with business stakeholders: MLOps work is mostly with engineers and systems.',
  'stakeholders.no.ml-engineer':
    'You would rather not work with business stakeholders: the guide lists core ML engineering for you.',
  'python.yes.ai-engineer-llm':
    'You would learn Python: the LLM application path (APIs, RAG, agents) needs less maths than traditional ML and is in strong demand.',
  'python.yes.prompt-engineer':
    'You would learn Python: prompt engineers need Python basics alongside deep knowledge of LLM behaviour.',
  'python.no.ai-product-manager':
    'You would rather not learn Python: AI product management is the most accessible entry point without engineering depth.',
  'python.no.ai-ethics-policy':
    'You would rather not learn Python: ethics and policy roles build on policy, legal and communication skills.',
  'phd.yes.ai-research-scientist':
    'You have or plan a PhD or strong master’s, which research roles at major labs expect.',
  'phd.yes.ai-safety-researcher':
    'You have or plan a PhD or strong master’s, a strong base for technical safety research.',
  'background.student.prompt-engineer':
    'You are a student: the guide calls prompt engineering a good entry point into AI careers.',
  'background.student.ai-engineer-llm':
    'You are a student: for engineering and application roles a portfolio of projects counts for more than a degree.',
  'background.software.mlops-engineer':
    'You come from software, DevOps or IT: the guide names these engineers as the natural fit for MLOps.',
  'background.software.ml-engineer':
    'You come from software: ML engineering bridges research and reliable engineering at scale.',
  'background.software.ai-engineer-llm':
    'You come from software: LLM engineering builds on APIs and application code you already know.',
  'background.data.data-scientist':
    'You come from data analysis or statistics: the core of data science.',
  'background.data.prompt-engineer':
    'You come from analysis: the guide names analysts with deep AI tool fluency as a fit for prompt engineering.',
  'background.academic.ai-research-scientist':
    'You come from academic research: research roles at major labs expect a PhD or strong master’s.',
  'background.academic.ai-safety-researcher':
    'You come from academic research: technical safety work is research at its core.',
  'background.product.ai-product-manager':
    'You come from product or business: the guide says existing product managers move well into AI product roles.',
  'background.product.ai-solutions-specialist':
    'You come from business work: the guide puts AI solutions roles among those for people who work with business stakeholders.',
  'background.law-policy.ai-ethics-policy':
    'You come from law, policy or ethics: the skills article names lawyers, policy professionals and ethicists as a good fit.',
  'background.domain.ai-product-manager':
    'You have domain expertise: AI product management is the most accessible entry point for domain experts.',
  'background.domain.prompt-engineer':
    'You have domain expertise: the guide names domain experts with AI tool fluency as a fit for prompt engineering.',
  'background.domain.ai-ethics-policy':
    'You have domain expertise: ethics and policy roles list a law, policy, healthcare or finance background as a must-have.',
  'background.non-technical.prompt-engineer':
    'You come from writing or other non-technical work: the guide names writers with AI tool fluency as a fit for prompt engineering.',
  'background.non-technical.ai-product-manager':
    'You come from non-technical work: AI product management builds on strategy, communication and product sense.',
};

const NO_PYTHON = 'You said you would rather not learn Python';
const FOR_CODE_LOVERS = {
  text: 'You said you do not love writing code for its own sake, and the career guide lists this role for people who do.',
  brief: 'Held back: the guide lists it for people who love code.',
};
const PYTHON_IS_CORE = {
  text: `${NO_PYTHON}, and the skills article lists Python among this role’s core skills.`,
  brief: 'Held back: Python is one of its core skills.',
};

export const holdBackText: HoldBackText = {
  'code.no.ml-engineer': FOR_CODE_LOVERS,
  'code.no.mlops-engineer': FOR_CODE_LOVERS,
  'python.no.ml-engineer': PYTHON_IS_CORE,
  'python.no.data-scientist': PYTHON_IS_CORE,
  'python.no.ai-research-scientist': PYTHON_IS_CORE,
  'python.no.ai-engineer-llm': {
    text: `${NO_PYTHON}: the skills article offers this path to people willing to learn it, and Python is the first of its core skills.`,
    brief: 'Held back: the path is offered to those willing to learn Python.',
  },
};

export const caveatText: CaveatText = {
  'python.no.prompt-engineer': {
    text: `${NO_PYTHON}. This role needs less of it than the engineering roles, but the skills article lists Python basics among its core skills.`,
    brief: 'It still needs Python basics.',
  },
  'phd.no.ai-research-scientist': {
    text: 'Research roles at major labs almost always expect a PhD or strong master’s. Breaking in without one is possible but hard: it takes an exceptional record of published work or open-source contributions.',
    brief: 'Major labs almost always expect a PhD or strong master’s.',
  },
  'phd.no.ai-safety-researcher': {
    text: 'Technical safety research is research work: expect employers to look for a strong ML background, which labs usually judge by a PhD or strong master’s.',
    brief: 'Labs usually look for a PhD or strong master’s.',
  },
  'research.yes.ai-research-scientist': {
    text: 'This is the most competitive track: top labs receive thousands of applications from PhDs of top universities.',
    brief: 'The most competitive track of all.',
  },
};
