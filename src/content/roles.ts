// The ten roles the quiz can recommend.
// Salaries are copied exactly from the skills article's role table (the career guide's
// own salary lists were lost in the copy). Core skills are the table's, given as skill
// catalogue ids; the printed names come from src/content/skills.ts. All prose is our own
// words and says only what the two articles support; null where they say nothing.
import { skillNames } from './skills';
import { ROLE_IDS, type Role, type RoleId, type SalaryRange, type SkillId, type SourceId } from './types';

const gbp = (lower: number, upper: number, upperOpen: boolean, asPrinted: string): SalaryRange => ({
  currency: 'GBP',
  lower,
  upper,
  upperOpen,
  asPrinted,
});

const usd = (lower: number, upper: number, upperOpen: boolean, asPrinted: string): SalaryRange => ({
  currency: 'USD',
  lower,
  upper,
  upperOpen,
  asPrinted,
});

/** A role's core skills as catalogue ids, with the printed names derived from the catalogue. */
const coreSkills = (ids: readonly SkillId[], sourceId: SourceId | null) => ({
  coreSkillIds: ids,
  coreSkills: skillNames(ids),
  coreSkillsSourceId: sourceId,
});

const ENGINEERING_DEGREE_NOTE =
  'For engineering and application roles the skills article says a degree matters less. What counts is work you can show, such as GitHub projects, open-source contributions or Kaggle results.';

const byId: Readonly<Record<RoleId, Role>> = {
  'ml-engineer': {
    id: 'ml-engineer',
    name: 'ML Engineer',
    alsoKnownAs: ['Machine Learning Engineer'],
    summary: 'Builds the systems that take machine learning models out of research and run them in production.',
    dayToDay:
      'You take models that researchers have created and tested, and turn them into systems that run dependably at scale. The job sits between research and engineering.',
    suits: 'People who like coding and solving problems in equal measure, and would rather build practical systems that work than do theoretical research.',
    breakingIn:
      'Build ML projects, deploy them and get comfortable with cloud services. Real deployments in a portfolio, even small ones, count for more than a degree with no projects behind it.',
    differsFrom: null,
    honestNotes: [
      'According to Levels.fyi, as cited by the skills article, ML engineers at major US tech companies had a median total compensation of $185K in 2025, 23% higher than in 2022.',
      ENGINEERING_DEGREE_NOTE,
    ],
    ...coreSkills(['python', 'pytorch-tensorflow', 'model-training', 'mlops', 'cloud-aws-gcp'], 'skills-article'),
    track: { trackId: 'ml-engineering-data-science', fit: 'named' },
    salary: {
      uk: gbp(65000, 120000, false, '£65K–£120K'),
      us: usd(140000, 250000, true, '$140K–$250K+'),
      sourceId: 'skills-article',
    },
  },
  'data-scientist': {
    id: 'data-scientist',
    name: 'Data Scientist',
    alsoKnownAs: [],
    summary: 'Digs into data to find insights that help a business decide what to do.',
    dayToDay:
      'You turn raw data into an understanding the business can act on. Telling the story behind the numbers is as much a part of the job as the technical work.',
    suits: 'People who like investigating and analysing, are at ease with statistics, and can explain what they find to people without a technical background.',
    breakingIn: null,
    differsFrom: {
      roleId: 'ml-engineer',
      text: 'Data scientists lean towards analysis and finding insight; ML engineers lean towards building and deploying systems. At smaller companies the two jobs overlap a lot, while at large ones they are separate.',
    },
    honestNotes: [],
    ...coreSkills(['python', 'sql', 'statistics', 'pandas-sklearn', 'ml-fundamentals', 'visualisation'], 'skills-article'),
    track: { trackId: 'ml-engineering-data-science', fit: 'named' },
    salary: {
      uk: gbp(50000, 95000, false, '£50K–£95K'),
      us: usd(110000, 180000, false, '$110K–$180K'),
      sourceId: 'skills-article',
    },
  },
  'ai-research-scientist': {
    id: 'ai-research-scientist',
    name: 'AI Research Scientist',
    alsoKnownAs: ['Research Scientist', 'AI Researcher'],
    summary: 'Moves the field forward by designing new algorithms, model architectures and methods, and publishing the results as academic papers.',
    dayToDay:
      'You come up with new methods and test them in experiments, many of which will not work. Then you write up what you found for publication.',
    suits: 'People who are truly excited by research, can live with a lot of uncertainty, and want to take on the hardest unsolved problems.',
    breakingIn:
      'Research roles at the major labs almost always expect a PhD or a strong master’s degree. Without a PhD you need an outstanding record of published work or open-source contributions.',
    differsFrom: null,
    honestNotes: [
      'Competition here is the fiercest of any track. The top labs get thousands of applicants who hold PhDs from leading universities.',
      'You can get in without a PhD, but it is hard.',
    ],
    ...coreSkills(['phd-level-maths', 'deep-learning-theory', 'research-publication', 'python'], 'skills-article'),
    track: { trackId: 'ml-engineering-data-science', fit: 'nearest' },
    salary: {
      uk: gbp(80000, 150000, true, '£80K–£150K+'),
      us: usd(180000, 350000, true, '$180K–$350K+'),
      sourceId: 'skills-article',
    },
  },
  'mlops-engineer': {
    id: 'mlops-engineer',
    name: 'MLOps Engineer',
    alsoKnownAs: ['Machine Learning Operations Engineer'],
    summary: 'Builds and looks after the infrastructure that keeps ML systems running reliably at scale: in effect, DevOps for AI.',
    dayToDay:
      'You build and maintain the platforms that carry models from experiments into production, and you keep them running dependably once they are there.',
    suits: 'Software and DevOps engineers looking for a way into AI that does not mean becoming a researcher. Solid engineering matters more here than ML theory.',
    breakingIn: null,
    differsFrom: null,
    honestNotes: [
      'The outlook is excellent. Companies are shifting models out of experiments and into production, so MLOps skills are in high demand and qualified people are in short supply.',
      ENGINEERING_DEGREE_NOTE,
    ],
    ...coreSkills(['devops', 'cloud', 'model-deployment', 'monitoring', 'ci-cd-for-ml-pipelines'], 'skills-article'),
    track: { trackId: 'ml-engineering-data-science', fit: 'nearest' },
    salary: {
      uk: gbp(60000, 105000, false, '£60K–£105K'),
      us: usd(130000, 200000, false, '$130K–$200K'),
      sourceId: 'skills-article',
    },
  },
  'ai-product-manager': {
    id: 'ai-product-manager',
    name: 'AI Product Manager',
    alsoKnownAs: ['AI PM'],
    summary: 'Decides what an AI product should do and which features come first, then works with engineers and researchers to get it built.',
    dayToDay:
      'You set what the product must achieve, rank the features and work alongside engineering and research teams. Rather than writing code yourself, you decide what it needs to achieve.',
    suits: 'Product managers who want to move into AI, or people whose background mixes business and technical work.',
    breakingIn:
      'If you have domain expertise but little technical background, this is the most accessible way in. It draws on strategy, communication and product sense together with an understanding of AI, not deep engineering skill.',
    differsFrom: null,
    honestNotes: [
      'For product roles, a degree in a relevant field such as law, medicine or business is often worth more than a computer science degree, as long as you can also show AI literacy.',
    ],
    ...coreSkills(['generalist-pm-skills-ai-ml-literacy', 'prompt-design', 'evaluation', 'stakeholder-management'], 'skills-article'),
    track: { trackId: 'ai-product-management', fit: 'named' },
    salary: {
      uk: gbp(60000, 110000, false, '£60K–£110K'),
      us: usd(130000, 220000, false, '$130K–$220K'),
      sourceId: 'skills-article',
    },
  },
  'prompt-engineer': {
    id: 'prompt-engineer',
    name: 'Prompt Engineer',
    alsoKnownAs: [],
    summary: 'A newer role that arrived with large language models: designing, testing and refining prompts so AI systems reliably give the output you want.',
    dayToDay:
      'You write prompts, test them and improve them until the AI system behaves consistently. At a more senior level you design whole workflows built around AI.',
    suits: 'People with a technical way of thinking who are not dedicated programmers, such as writers, analysts and domain experts who have become very fluent with AI tools.',
    breakingIn: null,
    differsFrom: null,
    honestNotes: [
      'The role is still being defined. Some expect it to merge into software engineering as AI improves; others expect the need for people who design how humans and AI interact to grow.',
      'The career guide sees it as a good first step into an AI career.',
    ],
    ...coreSkills(['llm-behaviour', 'systematic-evaluation', 'python-basics'], 'skills-article'),
    track: { trackId: 'ai-engineering-llm', fit: 'nearest' },
    salary: {
      uk: gbp(45000, 85000, false, '£45K–£85K'),
      us: usd(100000, 160000, false, '$100K–$160K'),
      sourceId: 'skills-article',
    },
  },
  'ai-engineer-llm': {
    id: 'ai-engineer-llm',
    name: 'AI Engineer (LLM)',
    alsoKnownAs: ['NLP/LLM Engineer'],
    summary: 'Builds applications on top of large language models, using LLM APIs, retrieval-augmented generation (RAG), vector databases and agents.',
    dayToDay: null,
    suits: 'People who are willing to learn Python and want to build with AI. The LLM application path needs less maths than traditional ML.',
    breakingIn:
      'Your best way in is a portfolio of projects that actually work, even personal ones. For engineering and application roles that counts for more than a degree: many strong AI engineers taught themselves or came through CS bootcamps.',
    differsFrom: null,
    honestNotes: [
      'The skills article says the LLM application path has strong demand in the job market.',
      'Hiring managers most want AI engineers who can take what a model can do all the way to a reliable deployed system, because they understand how LLMs behave rather than only calling their APIs.',
    ],
    ...coreSkills(['python', 'llm-apis', 'rag', 'vector-databases', 'agents', 'prompt-engineering', 'evals'], 'skills-article'),
    track: { trackId: 'ai-engineering-llm', fit: 'named' },
    salary: {
      uk: gbp(55000, 105000, false, '£55K–£105K'),
      us: usd(130000, 220000, false, '$130K–$220K'),
      sourceId: 'skills-article',
    },
  },
  'ai-ethics-policy': {
    id: 'ai-ethics-policy',
    name: 'AI Ethics / Policy',
    alsoKnownAs: ['Ethics/Safety (policy track)'],
    summary: 'The policy and governance side of AI ethics and safety: judging the risks of AI systems and how they should be governed.',
    dayToDay:
      'You work to keep AI systems safe and fair, in line with human values and free of unintended harm. You do it through policy and governance rather than technical research.',
    suits: 'People who want their work to matter beyond commercial success and who care about what AI means for society. Lawyers, policy professionals and ethicists are a good fit.',
    breakingIn:
      'The guide asks for research skills, policy analysis and communication, often with a law or social science background. Build on the expertise you have and add AI literacy to it.',
    differsFrom: null,
    honestNotes: [
      'For policy roles, a degree in a relevant field such as law is often worth more than a computer science degree, as long as you can also show AI literacy.',
    ],
    ...coreSkills(['policy-legal-background', 'ai-literacy', 'risk-assessment', 'stakeholder-communication'], 'skills-article'),
    track: { trackId: 'ai-ethics-policy', fit: 'named' },
    salary: {
      uk: gbp(50000, 90000, false, '£50K–£90K'),
      us: usd(100000, 170000, false, '$100K–$170K'),
      sourceId: 'skills-article',
    },
  },
  'ai-safety-researcher': {
    id: 'ai-safety-researcher',
    name: 'AI Safety Researcher',
    alsoKnownAs: [],
    summary: 'Does the technical research side of AI safety, such as alignment and interpretability.',
    dayToDay:
      'Your work is technical safety research, such as alignment and interpretability, aimed at AI systems that are safe, fair and do no unintended harm.',
    suits: 'People who want their work to matter beyond commercial success, care how AI affects society and are drawn to open-ended research problems.',
    breakingIn: null,
    differsFrom: null,
    honestNotes: [],
    ...coreSkills(['ml-background-philosophical-grounding'], 'career-guide'),
    track: { trackId: 'ml-engineering-data-science', fit: 'nearest' },
    salary: null,
  },
  'ai-solutions-specialist': {
    id: 'ai-solutions-specialist',
    name: 'AI Solutions Specialist',
    alsoKnownAs: [],
    summary:
      'The career guide names this role only once, in its self-check, as an option for people who enjoy working with business stakeholders. Neither source describes it any further.',
    dayToDay: null,
    suits: null,
    breakingIn: null,
    differsFrom: null,
    honestNotes: [],
    ...coreSkills([], null),
    track: null,
    salary: null,
  },
};

/** All ten roles, in the order of ROLE_IDS. */
export const roles: readonly Role[] = ROLE_IDS.map((id) => byId[id]);

export function isRoleId(id: string): id is RoleId {
  return (ROLE_IDS as readonly string[]).includes(id);
}

export function getRole(id: string): Role | undefined {
  return isRoleId(id) ? byId[id] : undefined;
}
