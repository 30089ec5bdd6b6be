// The pseudo-locale's skill-relations words (tests only): the English ones through pseudoDeep.
import { pseudoDeep } from '../../i18n/pseudo.js';
import type { SkillRelationText } from '../../content/text-types';
import { skillRelationText as enSkillRelationText } from '../en/skill-relations';

export const skillRelationText: SkillRelationText = pseudoDeep(enSkillRelationText);
