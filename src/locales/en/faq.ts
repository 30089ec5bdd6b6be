// The skills article's FAQ and its hiring manager's perspective, in English. Questions are
// quoted as printed; each answer item is one fact the article states, in our own words.
import type { FaqText, HiringManagerText } from '../../content/text-types';

export const faqText: FaqText = {
  degree: {
    question: 'Do I need a degree to work in AI?',
    answer: [
      'ML research roles at the major labs almost always expect a PhD or a strong master’s degree.',
      'Engineering and application roles need a degree less. Many of the best AI engineers taught themselves or came through CS bootcamps.',
      'For those roles, what counts is work you can show: GitHub projects, open-source contributions and results in Kaggle competitions.',
      'For product, policy and related roles, a degree in a relevant field such as law, medicine or business is often worth more than a computer science degree, together with proven AI literacy.',
    ],
  },
  'fastest-path': {
    question: "What's the fastest path into an AI role from a non-technical background?",
    answer: [
      'AI product management is the most accessible way in if you have domain expertise but little technical background. It builds on strategy, communication and product sense plus AI literacy, not engineering depth.',
      'AI ethics and policy roles suit lawyers, policy professionals and ethicists.',
      'If you are willing to learn Python, the LLM application path (APIs, RAG, agents) needs less maths than traditional ML and is in strong demand.',
      'The quickest route is always to add AI literacy to the expertise you already have, instead of starting from scratch as a pure AI specialist.',
    ],
  },
};

export const hiringManagerText: HiringManagerText = {
  bridge:
    'The AI engineers most in demand in 2026 can connect what a model can do with running it in production. They understand how LLMs behave deeply enough to build dependable systems, not only call APIs.',
  'domain-experts':
    'Next most sought after are people with deep expertise in a field such as medicine, law or finance, plus AI literacy. AI in complex fields needs someone who can judge the quality of its work, not just its benchmark scores.',
  generalists:
    'Pure “AI generalist” roles are getting hard to fill with graduates of six-week bootcamps. Employers look for either deep technical ML skill, or deep domain expertise plus skill in applying AI.',
  portfolio: 'Your best way in is still a portfolio of projects that actually work, even if they are personal ones.',
};
