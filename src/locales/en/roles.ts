// The roles' prose in English: our own words, saying only what the two articles support; null
// where they say nothing. Names, salaries and skills are in src/content/roles.ts.
import type { RoleText } from '../../content/text-types';

const ENGINEERING_DEGREE_NOTE =
  'For engineering and application roles the skills article says a degree matters less. What counts is work you can show, such as GitHub projects, open-source contributions or Kaggle results.';

export const roleText: RoleText = {
  'ml-engineer': {
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
  },
  'data-scientist': {
    summary: 'Digs into data to find insights that help a business decide what to do.',
    dayToDay:
      'You turn raw data into an understanding the business can act on. Telling the story behind the numbers is as much a part of the job as the technical work.',
    suits: 'People who like investigating and analysing, are at ease with statistics, and can explain what they find to people without a technical background.',
    breakingIn: null,
    differsFrom:
      'Data scientists lean towards analysis and finding insight; ML engineers lean towards building and deploying systems. At smaller companies the two jobs overlap a lot, while at large ones they are separate.',
    honestNotes: [],
  },
  'ai-research-scientist': {
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
  },
  'mlops-engineer': {
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
  },
  'ai-product-manager': {
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
  },
  'prompt-engineer': {
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
  },
  'ai-engineer-llm': {
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
  },
  'ai-ethics-policy': {
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
  },
  'ai-safety-researcher': {
    summary: 'Does the technical research side of AI safety, such as alignment and interpretability.',
    dayToDay:
      'Your work is technical safety research, such as alignment and interpretability, aimed at AI systems that are safe, fair and do no unintended harm.',
    suits: 'People who want their work to matter beyond commercial success, care how AI affects society and are drawn to open-ended research problems.',
    breakingIn: null,
    differsFrom: null,
    honestNotes: [],
  },
  'ai-solutions-specialist': {
    summary:
      'The career guide names this role only once, in its self-check, as an option for people who enjoy working with business stakeholders. Neither source describes it any further.',
    dayToDay: null,
    suits: null,
    breakingIn: null,
    differsFrom: null,
    honestNotes: [],
  },
};
