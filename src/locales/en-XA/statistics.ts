// The pseudo-locale's statistics words (tests only): the English ones through pseudoDeep.
import { pseudoDeep } from '../../i18n/pseudo.js';
import type { StatisticText } from '../../content/text-types';
import { statisticText as enStatisticText } from '../en/statistics';

export const statisticText: StatisticText = pseudoDeep(enStatisticText);
