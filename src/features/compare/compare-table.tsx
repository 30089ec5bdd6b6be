// The comparison table: one column per role, one row per aspect, with the skills two or more
// of the chosen roles list marked: the same words (shared) or other words for the same skill
// (related). A nearest track's lists are shown as borrowed and never counted in common.
// One real table at every width, never scrolled sideways (compare.css): on a phone each row's
// name sits above its values, two roles side by side, three read row by row, each value under
// its role's name (shown there for the eye; screen readers have the column header).
import { Fragment, useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { listOf } from '../../components/english';
import { RoleGap } from '../../components/role-gap';
import { SalaryFigure } from '../../components/salary-card';
import { citeSource } from '../../components/cite-source';
import { tracks } from '../../content/tracks';
import { getSkill } from '../../content/skills';
import type { Role, RoleId, SkillId, SourceId } from '../../content/types';
import type { SkillStates } from '../../engine';
import { paths } from '../../routes/manifest';
import { hasAnySkill } from '../../state';
import { skillsInCommon, type SkillsInCommon } from './shared-skills';

const NOT_COVERED = 'Our sources don’t cover this.';
const NONE_LISTED = 'Our sources list none for this role.';
const REMOVE_ROW_LABEL = 'Remove from the comparison';

interface CompareTableProps {
  readonly chosen: readonly Role[];
  readonly onRemove: (id: RoleId) => void;
  /** The person's skills: with any marked, a "Your gap" row follows the skill rows. */
  readonly skills: SkillStates;
}

export function CompareTable({ chosen, onRemove, skills }: CompareTableProps) {
  const inCommon = useMemo(() => skillsInCommon(chosen), [chosen]);
  const caption = chosen.length > 1 ? `${listOf(chosen.map((role) => role.name))}, side by side` : chosen[0]?.name;
  const sourceIds = citedSources(chosen);

  /** `short`: values of a line or so (salaries), which on a phone sit beside their role's name. */
  const row = (label: string, cell: (role: Role) => ReactNode, { short = false } = {}) => (
    <tr className={short ? 'compare-row--short' : undefined}>
      <th scope="row">{label}</th>
      {chosen.map((role) => (
        <td key={role.id}>
          <span className="compare-cell__role" aria-hidden="true">
            {role.name}
          </span>
          {cell(role)}
        </td>
      ))}
    </tr>
  );

  return (
    <div className="stack">
      <div className="compare-frame">
        <table className={`compare-table compare-table--${Math.min(chosen.length, 3)}`}>
          <caption>{caption}</caption>
          <colgroup>
            <col className="compare-table__label-col" />
            {chosen.map((role) => (
              <col key={role.id} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <td className="compare-table__corner" />
              {chosen.map((role) => (
                <th key={role.id} scope="col">
                  <Link to={paths.role(role.id)}>{role.name}</Link>
                </th>
              ))}
            </tr>
            <tr className="compare-table__actions">
              {/* A header for the buttons' row, so every cell of the table head has one (WCAG 1.3.1). */}
              <th scope="row" className="compare-table__corner">
                <span className="visually-hidden">{REMOVE_ROW_LABEL}</span>
              </th>
              {chosen.map((role) => (
                <td key={role.id}>
                  {/* Under its column's name on a phone, the button shows only "Remove"; its name is whole. */}
                  <button type="button" className="button button--small" onClick={() => onRemove(role.id)}>
                    <span>
                      Remove <span className="compare-remove__role">{role.name}</span>
                    </span>
                  </button>
                </td>
              ))}
            </tr>
          </thead>
          <tbody>
            {row('In one line', (role) => <p>{role.summary}</p>)}
            {row('Salary, UK', (role) => <SalaryFigure range={role.salary?.uk ?? null} />, { short: true })}
            {row('Salary, US', (role) => <SalaryFigure range={role.salary?.us ?? null} />, { short: true })}
            {row('Core skills', (role) => <Skills ids={role.coreSkillIds} inCommon={inCommon} />)}
            {row('Skills track', (role) => <TrackName role={role} />)}
            {row('Must-have skills for the track', (role) => (
              <TrackSkills role={role} ids={role.track ? tracks[role.track.trackId].mustHaveIds : []} inCommon={inCommon} />
            ))}
            {row('Nice-to-have skills for the track', (role) => (
              <TrackSkills role={role} ids={role.track ? tracks[role.track.trackId].niceToHaveIds : []} inCommon={inCommon} />
            ))}
            {hasAnySkill(skills)
              ? row('Your gap', (role) => <RoleGap role={role} skills={skills} bare showBreakingIn={false} />)
              : null}
            {row('Who it suits', (role) => <p>{role.suits ?? NOT_COVERED}</p>)}
            {row('How to break in', (role) => <p>{role.breakingIn ?? NOT_COVERED}</p>)}
            {row('Honest notes', (role) =>
              role.honestNotes.length > 0 ? (
                <ul className="compare-notes">
                  {role.honestNotes.map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                </ul>
              ) : (
                <p>{NOT_COVERED}</p>
              ),
            )}
          </tbody>
        </table>
      </div>
      {/* The key to the marks, after the rows, so the roles' names and pay come first on a phone. */}
      {chosen.length > 1 ? <InCommonLegend chosen={chosen} inCommon={inCommon} /> : null}
      {sourceIds.length > 0 ? (
        <p className="source-line">
          {sourceIds.length === 1 ? 'Source' : 'Sources'}: {sourceIds.map((id) => citeSource(id)).join('; ')}.
        </p>
      ) : null}
    </div>
  );
}

/** The sources behind the salaries, core skills and tracks shown, each once. */
function citedSources(chosen: readonly Role[]): SourceId[] {
  const ids: SourceId[] = [];
  for (const role of chosen) {
    const candidates = [role.salary?.sourceId, role.coreSkillsSourceId, role.track ? tracks[role.track.trackId].sourceId : null];
    for (const id of candidates) if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

const BORROWED_TEXT = 'Borrowed from the nearest track: not this role’s own list, so not counted in common.';

/** What the marks mean, and in words which roles list the same skill in different words. */
function InCommonLegend({ chosen, inCommon }: { chosen: readonly Role[]; inCommon: SkillsInCommon }) {
  const borrows = chosen.some((role) => role.track?.fit === 'nearest');
  if (inCommon.shared.size === 0 && inCommon.related.length === 0) {
    return (
      <p className="muted">
        None of the skills these roles list as their own are shared or related.{borrows ? ' Lists borrowed from a nearest track are not counted.' : ''}
      </p>
    );
  }
  const nameOf = (roleId: RoleId) => chosen.find((role) => role.id === roleId)?.name ?? roleId;
  return (
    <div className="compare-legend">
      <ul className="compare-legend__marks">
        {inCommon.shared.size > 0 ? (
          <li>
            <span className="compare-shared-mark" aria-hidden="true">
              ★{' '}
            </span>
            Shared: two or more of these roles list the skill in the same words.
          </li>
        ) : null}
        {inCommon.related.length > 0 ? (
          <li>
            <span className="compare-related-mark" aria-hidden="true">
              ≈{' '}
            </span>
            Related: listed in different words for the same skill, each as its source prints it.
          </li>
        ) : null}
      </ul>
      {inCommon.related.length > 0 ? (
        <ul className="compare-legend__related">
          {inCommon.related.map(({ relation, entries }) => {
            const listing = [...new Set(entries.map((entry) => entry.roleId))].map(nameOf);
            return (
              <li key={relation.topic}>
                {listOf(listing)} {listing.length === 2 ? 'both' : 'all'} list {relation.topic}, worded differently.
              </li>
            );
          })}
        </ul>
      ) : null}
      {borrows ? <p className="muted">Lists borrowed from a nearest track are not counted.</p> : null}
    </div>
  );
}

/** A track's list for a role: its own when the sources name the role under the track, else borrowed and unmarked. */
function TrackSkills({ role, ids, inCommon }: { role: Role; ids: readonly SkillId[]; inCommon: SkillsInCommon }) {
  if (role.track?.fit !== 'nearest') return <Skills ids={ids} inCommon={inCommon} />;
  return (
    <>
      <p className="muted">{BORROWED_TEXT}</p>
      <Skills ids={ids} inCommon={null} />
    </>
  );
}

/** A list of skills as printed; with `inCommon`, shared and related skills are marked. */
function Skills({ ids, inCommon }: { ids: readonly SkillId[]; inCommon: SkillsInCommon | null }) {
  if (ids.length === 0) return <p>{NONE_LISTED}</p>;
  return (
    <ul className="skill-list">
      {ids.map((id) => {
        const name = getSkill(id)?.name ?? id;
        const mark = inCommon?.shared.has(id) ? 'shared' : inCommon?.relatedIds.has(id) ? 'related' : null;
        return (
          <li key={id} className={mark ? `is-${mark}` : undefined}>
            {mark ? (
              <span className={`compare-${mark}-mark`} aria-hidden="true">
                {mark === 'shared' ? '★' : '≈'}{' '}
              </span>
            ) : null}
            <BreakAfterSlashes text={name} />
            {mark ? <span className="visually-hidden"> ({mark})</span> : null}
          </li>
        );
      })}
    </ul>
  );
}

/** "PyTorch/TensorFlow" may break after its slash in a narrow column, rather than inside a word. */
function BreakAfterSlashes({ text }: { text: string }) {
  const parts = text.split('/');
  return parts.map((part, index) => (
    <Fragment key={index}>
      {part}
      {index < parts.length - 1 ? (
        <>
          /<wbr />
        </>
      ) : null}
    </Fragment>
  ));
}

function TrackName({ role }: { role: Role }) {
  if (!role.track) return <p>Our sources don’t place this role in a skills track.</p>;
  const track = tracks[role.track.trackId];
  return (
    <>
      <p className="compare-track">{track.name}</p>
      {role.track.fit === 'nearest' ? (
        <p className="muted">Our sources don’t name this role under a track; this is the nearest one.</p>
      ) : null}
    </>
  );
}
