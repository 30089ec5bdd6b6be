// The pseudo-locale's skills words (tests only): the English ones through pseudoDeep.
import { pseudoDeep } from '../../i18n/pseudo.js';
import type { SkillGloss, SkillGroupText } from '../../content/text-types';
import { skillGroupText as enSkillGroupText, skillGloss as enSkillGloss } from '../en/skills';

export const skillGroupText: SkillGroupText = pseudoDeep(enSkillGroupText);
export const skillGloss: SkillGloss = pseudoDeep(enSkillGloss);
