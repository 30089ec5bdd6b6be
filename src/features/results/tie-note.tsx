// Says plainly, beside a list that shows shared places, what a shared place means and how the
// order within it was chosen (the engine's TIE_ORDER_RULES), and, for the top, who shares what.
import { TIE_ORDER_RULES, isSharedRank, type RankedRole } from '../../engine';
import { listOf, placeText } from '../../components/english';
import { roleNameOf } from './explore-text';

/** "Within a shared place, roles are listed by …, then by …": the engine's own rules, in words. */
export const TIE_ORDER_TEXT = `Within a shared place, roles are listed by ${TIE_ORDER_RULES.map((rule) => rule.description).join(
  ', then by ',
)}. That order does not mean one fits you better.`;

/** "Prompt Engineer and Data Scientist share 2nd place." for each shared place among the first `count` roles listed. */
export function sharedPlacesText(ranking: readonly RankedRole[], count: number): string {
  const shown = ranking.slice(0, count);
  const ranks = [...new Set(shown.map((role) => role.rank))].filter((rank) => isSharedRank(ranking, rank));
  return ranks
    .map((rank) => {
      const sharing = ranking.filter((role) => role.rank === rank).map((role) => roleNameOf(role.roleId));
      return `${listOf(sharing)} share ${placeText(rank, false)} place.`;
    })
    .join(' ');
}

/**
 * Nothing when no place is shared. With `count`, names the shared places among the first
 * `count` roles (the top three cards), then the rule.
 */
export function TieNote({ ranking, count }: { ranking: readonly RankedRole[]; count?: number }) {
  const shared = count === undefined ? '' : sharedPlacesText(ranking, count);
  const anyShared = ranking.some((role) => isSharedRank(ranking, role.rank));
  if (count !== undefined ? shared === '' : !anyShared) return null;
  return (
    <p className="muted measure tie-note">
      {shared === '' ? 'Roles with the same points share a place, marked “=”.' : `${shared} They have the same points.`} {TIE_ORDER_TEXT}
    </p>
  );
}
