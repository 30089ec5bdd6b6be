// The pseudo-locale's roles words (tests only): the English ones through pseudoDeep.
import { pseudoDeep } from '../../i18n/pseudo.js';
import type { RoleText } from '../../content/text-types';
import { roleText as enRoleText } from '../en/roles';

export const roleText: RoleText = pseudoDeep(enRoleText);
