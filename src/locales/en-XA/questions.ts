// The pseudo-locale's questions words (tests only): the English ones through pseudoDeep.
import { pseudoDeep } from '../../i18n/pseudo.js';
import type { QuestionText } from '../../content/text-types';
import { questionText as enQuestionText } from '../en/questions';

export const questionText: QuestionText = pseudoDeep(enQuestionText);
