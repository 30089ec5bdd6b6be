// The comparison table: one column per role, one row per aspect, with the skills two or more
// of the chosen roles list marked: the same words (shared) or other words for the same skill
// (related). A nearest track's lists are shown as borrowed and never counted in common.
// One real table at every width, never scrolled sideways (compare.css): on a phone each row's
// name sits above its values, two roles side by side, three read row by row, each value under
// its role's name (shown there for the eye; screen readers have the column header).
import { Fragment, useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { counted, m } from '../../i18n';
import { EnglishTerm } from '../../components/english-term';
import { withParts } from '../../components/message-parts';
import { RoleGap } from '../../components/role-gap';
import { SalaryFigure } from '../../components/salary-card';
import { Citation } from '../../components/source-line';
import { tracks } from '../../content/tracks';
import { getSkill } from '../../content/skills';
import type { Role, RoleId, SkillId, SourceId } from '../../content/types';
import type { SkillStates } from '../../engine';
import { paths } from '../../routes/manifest';
import { hasAnySkill } from '../../state';
import { skillsInCommon, type SkillsInCommon } from './shared-skills';
import { termList } from './term-list';

const NOT_COVERED = m.compare_not_covered();
const NONE_LISTED = m.compare_none_listed();
const REMOVE_ROW_LABEL = m.compare_remove_row_label();

interface CompareTableProps {
  readonly chosen: readonly Role[];
  readonly onRemove: (id: RoleId) => void;
  /** The person's skills: with any marked, a "Your gap" row follows the skill rows. */
  readonly skills: SkillStates;
}

export function CompareTable({ chosen, onRemove, skills }: CompareTableProps) {
  const inCommon = useMemo(() => skillsInCommon(chosen), [chosen]);
  const caption =
    chosen.length > 1
      ? withParts(m.compare_caption, { roles: termList(chosen.map((role) => role.name)) })
      : chosen[0] && <EnglishTerm>{chosen[0].name}</EnglishTerm>;
  const sourceIds = citedSources(chosen);
  const tableClass = `compare-table compare-table--${Math.min(chosen.length, 3)}`;

  /** `short`: values of a line or so (salaries), which on a phone sit beside their role's name. */
  const row = (label: string, cell: (role: Role) => ReactNode, { short = false } = {}) => (
    <tr className={short ? 'compare-row--short' : undefined}>
      <th scope="row">{label}</th>
      {chosen.map((role) => (
        <td key={role.id}>
          <span className="compare-cell__role" aria-hidden="true">
            <EnglishTerm>{role.name}</EnglishTerm>
          </span>
          {cell(role)}
        </td>
      ))}
    </tr>
  );

  return (
    <div className="stack">
      <div className="compare-frame">
        <table className={tableClass}>
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
                  <Link to={paths.role(role.id)}>
                    <EnglishTerm>{role.name}</EnglishTerm>
                  </Link>
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
                      {withParts(m.compare_remove, {
                        role: (
                          <span className="compare-remove__role">
                            <EnglishTerm>{role.name}</EnglishTerm>
                          </span>
                        ),
                      })}
                    </span>
                  </button>
                </td>
              ))}
            </tr>
          </thead>
          <tbody>
            {row(m.compare_row_summary(), (role) => <p>{role.summary}</p>)}
            {row(m.compare_row_salary_uk(), (role) => <SalaryFigure range={role.salary?.uk ?? null} />, { short: true })}
            {row(m.compare_row_salary_us(), (role) => <SalaryFigure range={role.salary?.us ?? null} />, { short: true })}
            {row(m.compare_row_core_skills(), (role) => <Skills ids={role.coreSkillIds} inCommon={inCommon} />)}
            {row(m.compare_row_track(), (role) => <TrackName role={role} />)}
            {row(m.compare_row_must_have(), (role) => (
              <TrackSkills role={role} ids={role.track ? tracks[role.track.trackId].mustHaveIds : []} inCommon={inCommon} />
            ))}
            {row(m.compare_row_nice_to_have(), (role) => (
              <TrackSkills role={role} ids={role.track ? tracks[role.track.trackId].niceToHaveIds : []} inCommon={inCommon} />
            ))}
            {hasAnySkill(skills)
              ? row(m.compare_row_gap(), (role) => <RoleGap role={role} skills={skills} bare showBreakingIn={false} />)
              : null}
            {row(m.compare_row_suits(), (role) => <p>{role.suits ?? NOT_COVERED}</p>)}
            {row(m.compare_row_breaking_in(), (role) => <p>{role.breakingIn ?? NOT_COVERED}</p>)}
            {row(m.compare_row_notes(), (role) =>
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
          {withParts(
            (tokens: Record<string, string>) =>
              m.compare_sources({ ...counted(sourceIds.length), sources: sourceIds.map((id) => tokens[id] ?? '').join('; ') }),
            Object.fromEntries(sourceIds.map((id) => [id, <Citation key={id} sourceId={id} />])),
          )}
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

const BORROWED_TEXT = m.compare_borrowed();

/** What the marks mean, and in words which roles list the same skill in different words. */
function InCommonLegend({ chosen, inCommon }: { chosen: readonly Role[]; inCommon: SkillsInCommon }) {
  const borrows = chosen.some((role) => role.track?.fit === 'nearest');
  if (inCommon.shared.size === 0 && inCommon.related.length === 0) {
    return (
      <p className="muted">{borrows ? m.compare_none_in_common_borrowed() : m.compare_none_in_common()}</p>
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
            {m.compare_legend_shared()}
          </li>
        ) : null}
        {inCommon.related.length > 0 ? (
          <li>
            <span className="compare-related-mark" aria-hidden="true">
              ≈{' '}
            </span>
            {m.compare_legend_related()}
          </li>
        ) : null}
      </ul>
      {inCommon.related.length > 0 ? (
        <ul className="compare-legend__related">
          {inCommon.related.map(({ relation, entries }) => {
            const listing = [...new Set(entries.map((entry) => entry.roleId))].map(nameOf);
            return (
              <li key={relation.topic}>
                {withParts(m.compare_related, { roles: termList(listing) }, { topic: relation.topic, count: listing.length })}
              </li>
            );
          })}
        </ul>
      ) : null}
      {borrows ? <p className="muted">{m.compare_borrowed_not_counted()}</p> : null}
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
        const itemClass = mark ? `is-${mark}` : undefined;
        const markClass = `compare-${mark}-mark`;
        return (
          <li key={id} className={itemClass}>
            {mark ? (
              <span className={markClass} aria-hidden="true">
                {mark === 'shared' ? '★' : '≈'}{' '}
              </span>
            ) : null}
            <EnglishTerm>
              <BreakAfterSlashes text={name} />
            </EnglishTerm>
            {mark ? <span className="visually-hidden">{mark === 'shared' ? m.compare_mark_shared() : m.compare_mark_related()}</span> : null}
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
  if (!role.track) return <p>{m.compare_no_track()}</p>;
  const track = tracks[role.track.trackId];
  return (
    <>
      <p className="compare-track">
        <EnglishTerm>{track.name}</EnglishTerm>
      </p>
      {role.track.fit === 'nearest' ? (
        <p className="muted">{m.compare_nearest_track()}</p>
      ) : null}
    </>
  );
}
