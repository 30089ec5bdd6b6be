// The pseudo-locale's rules words (tests only): the English ones through pseudoDeep.
import { pseudoDeep } from '../../i18n/pseudo.js';
import type { CaveatText, HoldBackText, WeightReasonText } from '../../content/text-types';
import { weightReasonText as enWeightReasonText, holdBackText as enHoldBackText, caveatText as enCaveatText } from '../en/rules';

export const weightReasonText: WeightReasonText = pseudoDeep(enWeightReasonText);
export const holdBackText: HoldBackText = pseudoDeep(enHoldBackText);
export const caveatText: CaveatText = pseudoDeep(enCaveatText);
