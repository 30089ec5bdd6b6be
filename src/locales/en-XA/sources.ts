// The pseudo-locale's sources words (tests only): the English ones through pseudoDeep.
import { pseudoDeep } from '../../i18n/pseudo.js';
import type { SourceDateText } from '../../content/text-types';
import { sourceDateText as enSourceDateText } from '../en/sources';

export const sourceDateText: SourceDateText = pseudoDeep(enSourceDateText);
