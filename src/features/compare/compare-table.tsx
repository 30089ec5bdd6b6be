// The comparison table: one column per role, one row per aspect, with the skills
// that two or more of the chosen roles share marked.
import { useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { listOf } from '../../components/english';
import { RoleGap } from '../../components/role-gap';
import { SalaryFigure } from '../../components/salary-card';
import { citeSource } from '../../components/source-line';
import { tracks } from '../../content/tracks';
import type { Role, RoleId, SourceId } from '../../content/types';
import type { SkillStates } from '../../engine';
import { paths } from '../../routes/manifest';
import { hasAnySkill } from '../../state';
import { normaliseSkill, sharedSkills } from './shared-skills';

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
  const shared = useMemo(() => sharedSkills(chosen), [chosen]);
  const caption = chosen.length > 1 ? `${listOf(chosen.map((role) => role.name))}, side by side` : chosen[0]?.name;
  const sourceIds = citedSources(chosen);

  const row = (label: string, cell: (role: Role) => ReactNode) => (
    <tr>
      <th scope="row">{label}</th>
      {chosen.map((role) => (
        <td key={role.id}>{cell(role)}</td>
      ))}
    </tr>
  );

  return (
    <div className="stack">
      {chosen.length > 1 ? <SharedLegend anyShared={shared.size > 0} /> : null}
      <p className="compare-hint muted">Scroll the table sideways to see each role; the row names stay in view.</p>
      {/* A scrollable region must be reachable by keyboard so it can be scrolled (WCAG 2.1.1). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="compare-scroll" role="region" aria-label="Comparison table" tabIndex={0}>
        <table className={`compare-table compare-table--${chosen.length}`}>
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
                  <button type="button" className="button button--small" onClick={() => onRemove(role.id)}>
                    Remove {role.name}
                  </button>
                </td>
              ))}
            </tr>
          </thead>
          <tbody>
            {row('In one line', (role) => <p>{role.summary}</p>)}
            {row('Salary, UK', (role) => <SalaryFigure range={role.salary?.uk ?? null} />)}
            {row('Salary, US', (role) => <SalaryFigure range={role.salary?.us ?? null} />)}
            {row('Core skills', (role) => <Skills skills={role.coreSkills} shared={shared} />)}
            {row('Skills track', (role) => <TrackName role={role} />)}
            {row('Must-have skills for the track', (role) => (
              <Skills skills={role.track ? tracks[role.track.trackId].mustHave : []} shared={shared} />
            ))}
            {row('Nice-to-have skills for the track', (role) => (
              <Skills skills={role.track ? tracks[role.track.trackId].niceToHave : []} shared={shared} />
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

function SharedLegend({ anyShared }: { anyShared: boolean }) {
  if (!anyShared) return <p className="muted">None of the listed skills are shared by these roles.</p>;
  return (
    <div className="compare-legend">
      <ul className="skill-list compare-legend__sample" aria-hidden="true">
        <li className="is-shared">
          <span className="compare-shared-mark">★ </span>Skill
        </li>
      </ul>
      <p>Skills marked with a star and highlighted appear for two or more of the roles shown.</p>
    </div>
  );
}

function Skills({ skills, shared }: { skills: readonly string[]; shared: ReadonlySet<string> }) {
  if (skills.length === 0) return <p>{NONE_LISTED}</p>;
  return (
    <ul className="skill-list">
      {skills.map((skill) => {
        const isShared = shared.has(normaliseSkill(skill));
        return (
          <li key={skill} className={isShared ? 'is-shared' : undefined}>
            {isShared ? (
              <span className="compare-shared-mark" aria-hidden="true">
                ★{' '}
              </span>
            ) : null}
            {skill}
            {isShared ? <span className="visually-hidden"> (shared)</span> : null}
          </li>
        );
      })}
    </ul>
  );
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
