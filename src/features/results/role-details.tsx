// Everything about the top three that only some people need, one step away: a disclosure per
// role (what it is, why it fits, its core skills, the person's gap) and one per skills track,
// so a track shared by several of them is listed once and names the roles that share it.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { RankedRole, SkillStates } from '../../engine';
import { getRole } from '../../content/roles';
import { tracks } from '../../content/tracks';
import type { Role, TrackId } from '../../content/types';
import { Disclosure } from '../../components/disclosure';
import { EnglishTerm } from '../../components/english-term';
import { withParts } from '../../components/message-parts';
import { listOf, m } from '../../i18n';
import { RoleGap } from '../../components/role-gap';
import { RoleSkills, TrackSkills } from '../../components/role-skills';
import { paths } from '../../routes/manifest';
import { hasAnySkill } from '../../state';
import { Caveats } from './ranked-roles';

/** A link to a disclosure on this page that opens it on the way (a fragment alone would only scroll to its summary). */
export function DisclosureLink({ targetId, children }: { targetId: string; children: ReactNode }) {
  const open = () => {
    const target = document.getElementById(targetId);
    if (target instanceof HTMLDetailsElement) target.open = true;
  };
  return (
    <a href={`#${targetId}`} onClick={open}>
      {children}
    </a>
  );
}

/** The id of a track's disclosure, the target of the roles that point to it. */
export function trackAnchor(trackId: TrackId): string {
  return `track-${trackId}`;
}

/** The id of a top role's disclosure. */
export function roleDetailsAnchor(roleId: string): string {
  return `about-${roleId}`;
}

export function roleDetailsSummary(role: Role): string {
  return m.results_details_summary({ role: role.name });
}

function Reasons({ ranked }: { ranked: RankedRole }) {
  if (ranked.reasons.length === 0) return <p className="muted">{m.results_no_reasons()}</p>;
  return (
    <ul className="results-reasons">
      {ranked.reasons.map((reason) => (
        <li key={`${reason.questionId}-${reason.optionId}`} className="results-reason">
          {reason.text}
        </li>
      ))}
    </ul>
  );
}

export function RoleDetails({ ranked, skills }: { ranked: RankedRole; skills: SkillStates }) {
  const role = getRole(ranked.roleId);
  if (!role) return null;
  const track = role.track ? tracks[role.track.trackId] : null;
  return (
    <Disclosure id={roleDetailsAnchor(role.id)} className="role-details" summary={roleDetailsSummary(role)}>
        <p>{role.summary}</p>
        <h3>{m.results_why_it_fits()}</h3>
        <Reasons ranked={ranked} />
        <Caveats caveats={ranked.caveats} />
        <RoleSkills role={role} headingLevel={3} skills={skills} trackSkills="elsewhere" />
        {track ? (
          <p className="no-print">
            {withParts(m.results_track_below, {
              link: (
                <DisclosureLink targetId={trackAnchor(track.id)}>
                  {withParts(m.results_track_below_link, { track: <EnglishTerm>{track.name}</EnglishTerm> })}
                </DisclosureLink>
              ),
            })}
          </p>
        ) : null}
        {hasAnySkill(skills) ? <RoleGap role={role} skills={skills} headingLevel={3} /> : null}
        <p className="no-print">
          <Link to={paths.role(role.id)}>{withParts(m.results_all_about, { role: <EnglishTerm>{role.name}</EnglishTerm> })}</Link>
        </p>
    </Disclosure>
  );
}

/** The tracks of these roles, in the order the roles come, each with the roles that list it and those that borrow it. */
export function tracksOf(roles: readonly Role[]): readonly { trackId: TrackId; named: Role[]; nearest: Role[] }[] {
  const byTrack = new Map<TrackId, { trackId: TrackId; named: Role[]; nearest: Role[] }>();
  for (const role of roles) {
    if (!role.track) continue;
    const entry = byTrack.get(role.track.trackId) ?? { trackId: role.track.trackId, named: [], nearest: [] };
    (role.track.fit === 'named' ? entry.named : entry.nearest).push(role);
    byTrack.set(role.track.trackId, entry);
  }
  return [...byTrack.values()];
}

function whoText(named: readonly Role[], nearest: readonly Role[]): string {
  const names = (roles: readonly Role[]) => listOf(roles.map((role) => role.name));
  if (named.length > 0 && nearest.length > 0) return m.results_track_named_and_nearest({ named: names(named), nearest: names(nearest) });
  if (named.length > 0) return m.results_track_named({ roles: names(named) });
  return nearest.length > 0 ? m.results_track_nearest({ roles: names(nearest) }) : '';
}

export function TrackDetails({ top, skills }: { top: readonly RankedRole[]; skills: SkillStates }) {
  const roles = top.flatMap((ranked) => {
    const role = getRole(ranked.roleId);
    return role ? [role] : [];
  });
  return (
    <>
      {tracksOf(roles).map(({ trackId, named, nearest }) => (
        <Disclosure
          key={trackId}
          id={trackAnchor(trackId)}
          className="track-details"
          summary={withParts(m.results_track_summary, {
            track: <EnglishTerm>{tracks[trackId].name}</EnglishTerm>,
            roles: <EnglishTerm>{listOf([...named, ...nearest].map((role) => role.name))}</EnglishTerm>,
          })}
        >
          <p className="muted">{whoText(named, nearest)}</p>
          <TrackSkills trackId={trackId} headingLevel={3} skills={skills} />
        </Disclosure>
      ))}
    </>
  );
}
