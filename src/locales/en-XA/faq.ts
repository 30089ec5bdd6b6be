// The pseudo-locale's faq words (tests only): the English ones through pseudoDeep.
import { pseudoDeep } from '../../i18n/pseudo.js';
import type { FaqText, HiringManagerText } from '../../content/text-types';
import { faqText as enFaqText, hiringManagerText as enHiringManagerText } from '../en/faq';

export const faqText: FaqText = pseudoDeep(enFaqText);
export const hiringManagerText: HiringManagerText = pseudoDeep(enHiringManagerText);
