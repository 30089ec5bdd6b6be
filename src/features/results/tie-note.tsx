// Says plainly, beside the full list of roles, what a shared place means and how the order within
// it was chosen (the engine's TIE_ORDER_RULES). The top three say the short form of it.
import { isSharedRank, type RankedRole } from '../../engine';
import { m } from '../../i18n';

/**
 * "Within a shared place, roles are listed by …, then by …": the engine's TIE_ORDER_RULES, in
 * words. One message, so each language can say it whole; keep it in step with those rules.
 */
export const TIE_ORDER_TEXT = m.results_tie_order();

/** Nothing when no place is shared. */
export function TieNote({ ranking }: { ranking: readonly RankedRole[] }) {
  if (!ranking.some((role) => isSharedRank(ranking, role.rank))) return null;
  return <p className="muted measure tie-note">{m.results_tie_note({ order: TIE_ORDER_TEXT })}</p>;
}
