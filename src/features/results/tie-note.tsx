// Says plainly, beside the full list of roles, what a shared place means and how the order within
// it was chosen (the engine's TIE_ORDER_RULES). The top three say the short form of it.
import { TIE_ORDER_RULES, isSharedRank, type RankedRole } from '../../engine';

/** "Within a shared place, roles are listed by …, then by …": the engine's own rules, in words. */
export const TIE_ORDER_TEXT = `Within a shared place, roles are listed by ${TIE_ORDER_RULES.map((rule) => rule.description).join(
  ', then by ',
)}. That order does not mean one fits you better.`;

/** Nothing when no place is shared. */
export function TieNote({ ranking }: { ranking: readonly RankedRole[] }) {
  if (!ranking.some((role) => isSharedRank(ranking, role.rank))) return null;
  return <p className="muted measure tie-note">Roles with the same points share a place, marked “=”. {TIE_ORDER_TEXT}</p>;
}
