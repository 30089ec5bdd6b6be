// All the roles at a glance: one bar per role, its length the role's points out of the
// most any role can get. A list with the words in it; the bars are decoration for sight.
import { useId } from 'react';
import type { RankedRole } from '../../engine';
import { getRole } from '../../content/roles';
import { highestPossibleScore } from './explore-data';
import { MATCH_TEXT, PlaceMark } from './role-card';
import { TieNote } from './tie-note';

const WIDTH = 100;

export function pointsText(score: number): string {
  return `${score} ${Math.abs(score) === 1 ? 'point' : 'points'}`;
}

function MatchBar({ score, max }: { score: number; max: number }) {
  const length = (Math.min(Math.max(score, 0), max) / max) * WIDTH;
  return (
    <svg className="match-bar" viewBox={`0 0 ${WIDTH} 10`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect className="match-bar__track" x="0" y="2" width={WIDTH} height="6" rx="3" />
      {length > 0 ? <rect className="match-bar__fill" x="0" y="0" width={length} height="10" rx="3" /> : null}
    </svg>
  );
}

export function RankingOverview({ ranking }: { ranking: readonly RankedRole[] }) {
  const headingId = useId();
  const noteId = useId();
  const max = highestPossibleScore();
  return (
    <section className="ranking-overview" aria-labelledby={headingId}>
      <h2 id={headingId}>All {ranking.length} roles at a glance</h2>
      <p id={noteId} className="muted ranking-overview__note">
        Each bar shows a role’s points from your answers, out of {max}: the most any role can get from any set of answers.
      </p>
      <ol className="ranking-overview__list place-list" aria-describedby={noteId}>
        {ranking.map((ranked) => (
          <li key={ranked.roleId} className={`ranking-overview__item ranking-overview__item--${ranked.match}`}>
            <PlaceMark ranked={ranked} ranking={ranking} />{' '}
            <span className="ranking-overview__name">{getRole(ranked.roleId)?.name ?? ranked.roleId}</span>
            <span className="ranking-overview__score">
              {MATCH_TEXT[ranked.match]}, {pointsText(ranked.score)}
            </span>
            <MatchBar score={ranked.score} max={max} />
          </li>
        ))}
      </ol>
      <TieNote ranking={ranking} />
    </section>
  );
}
