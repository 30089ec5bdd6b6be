// The skills check: every skill the sources list, once, in groups the person opens one at a
// time. Someone whose top roles are known when the page opens (complete saved answers, or the
// results page they came from) gets those roles' skills first, a role at a time, and the rest
// of the catalogue after them; anyone else gets the catalogue in its own order. The person
// marks what they have or are learning; the results, role and compare pages then show each
// role's gap. Optional: nothing here blocks the results, and the ranking never uses it. Each
// change is saved at once in this browser (the store persists it).
//
// The page is prerendered with no saved answers and no way back: the first render in the
// browser must equal it (hydration), and nothing may move once it has painted. So the order
// is chosen once, when the page opens: reached by a link inside the app, the answers are known
// at once; on a reload they are read after the first paint, and the page offers a button that
// brings the top roles' skills first instead of moving the page by itself.
import { Fragment, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { Answers, SkillState, SkillStates } from '../../engine';
import { isComplete, parseAnswerSegments, skillStateOf, topRoleIds } from '../../engine';
import { counted, listOf, m } from '../../i18n';
import { EnglishTerm } from '../../components/english-term';
import { withParts } from '../../components/message-parts';
import { PageHeading } from '../../components/page-heading';
import { readSkillsReturn, type SkillsReturn } from '../../components/skills-check-link';
import { useDocumentTitle } from '../../components/use-document-title';
import { questionTree } from '../../content/question-tree';
import { getRole } from '../../content/roles';
import { roleSkillRequirements, usesOfSkill } from '../../content/skill-requirements';
import { SKILL_GROUPS, getSkill, skills as catalogue } from '../../content/skills';
import { tracks } from '../../content/tracks';
import type { Skill } from '../../content/types';
import { RESULTS_BASE, paths, splatSegments, type PageMeta } from '../../routes/manifest';
import { hasAnySkill, selectIsComplete, useAnswers, useQuizStore, useSavedSkills } from '../../state';
import { useRanking } from '../../state/ranking';
import './skills.css';

const TITLE = m.skills_title();
export const TOP_ROLES_HEADING = m.skills_top_roles_heading();
export const SHOW_TOP_ROLES_FIRST = m.skills_show_top_first();

export const CHOICES: readonly { state: SkillState; label: string }[] = [
  { state: 'have', label: m.skills_choice_have() },
  { state: 'learning', label: m.skills_choice_learning() },
  { state: 'missing', label: m.skills_choice_missing() },
];

const TRACK_LIST_TEXT = { 'must-have': m.skills_listed_must_have, 'nice-to-have': m.skills_listed_nice_to_have } as const;

/** Role names the sources print in English, joined as the page's language joins a list, each marked as English. */
function termList(names: readonly string[]): ReactNode {
  const parts = Object.fromEntries(names.map((name, index) => [`term${index}`, <EnglishTerm key={index}>{name}</EnglishTerm>]));
  return withParts((tokens: Record<string, string>) => listOf(names.map((_, index) => tokens[`term${index}`] ?? '')), parts);
}

/**
 * Where the sources list a skill, in a few words: "Core skill for ML Engineer and Data
 * Scientist; must-have for the … track". With `roleIds`, only the lists of those roles. Role and
 * track names are the sources' English, marked as such; the first part's first letter is a capital.
 */
export function listedFor(skill: Skill, roleIds?: readonly string[]): ReactNode {
  const shown = usesOfSkill(skill.id).filter(
    (use) => !roleIds || (use.list === 'core' ? roleIds.includes(use.roleId) : roleIds.some((id) => getRole(id)?.track?.trackId === use.trackId)),
  );
  const coreFor = shown.flatMap((use) => (use.list === 'core' ? [getRole(use.roleId)?.name ?? use.roleId] : []));
  type Message = (inputs: Record<string, string>) => string;
  const items: { message: Message; parts: Record<string, ReactNode> }[] = [
    ...(coreFor.length > 0 ? [{ message: ((inputs) => m.skills_listed_core({ roles: inputs.roles ?? '' })) as Message, parts: { roles: termList(coreFor) } }] : []),
    ...shown.flatMap((use) =>
      use.list === 'core' ? [] : [{ message: ((inputs) => TRACK_LIST_TEXT[use.list]({ track: inputs.track ?? '' })) as Message, parts: { track: <EnglishTerm>{tracks[use.trackId].name}</EnglishTerm> } }],
    ),
  ];
  // The messages are written to be joined: the first one's first letter becomes a capital.
  const capitalised = (message: Message): Message => (inputs) => {
    const text = message(inputs);
    return text.charAt(0).toLocaleUpperCase() + text.slice(1);
  };
  return items.map(({ message, parts }, index) => (
    <Fragment key={index}>
      {index > 0 ? m.skills_listed_separator() : null}
      {withParts(index === 0 ? capitalised(message) : message, parts)}
    </Fragment>
  ));
}

/** "You have 3 skills and are learning 1." */
export function skillsSummary(states: SkillStates): string {
  const counts = { have: 0, learning: 0 };
  for (const skill of catalogue) {
    const state = skillStateOf(states, skill.id);
    if (state !== 'missing') counts[state] += 1;
  }
  if (counts.have + counts.learning === 0) return m.skills_none_marked();
  return m.skills_summary({ ...counted(counts.have), learning: counts.learning });
}

/** "8 skills, 2 marked": what a closed group holds, and how much of it the person has marked. */
export function groupCountText(skillIds: readonly string[], states: SkillStates): string {
  const marked = skillIds.filter((id) => skillStateOf(states, id) !== 'missing').length;
  const total = counted(skillIds.length);
  if (marked === 0) return m.skills_group_count(total);
  return m.skills_group_count_marked({ ...total, marked, markedForm: counted(marked).form });
}

/** A role's skills in the order it asks for them: its own lists before a nearest track's borrowed ones. */
function roleSkillIds(roleId: string): string[] {
  const role = getRole(roleId);
  if (!role) return [];
  const lists = roleSkillRequirements(role);
  const ordered = lists.trackIsNearest ? [lists.core, lists.mustHave, lists.niceToHave] : [lists.mustHave, lists.core, lists.niceToHave];
  return [...new Set(ordered.flat())];
}

interface Section {
  readonly key: string;
  readonly title: string;
  /** The title is a role's name, which the sources print in English. */
  readonly titleIsRole?: boolean;
  readonly skillIds: readonly string[];
  /** Only these roles' lists in each skill's "listed for" line; every list when absent. */
  readonly forRoles?: readonly string[];
}

/**
 * The top roles' skills, a role at a time in ranking order, each skill under the first role
 * that asks for it; then every other skill in its catalogue group. Each skill appears once.
 */
export function skillSections(topRoles: readonly string[]): { top: Section[]; rest: Section[] } {
  const placed = new Set<string>();
  const top = topRoles.flatMap((roleId): Section[] => {
    const skillIds = roleSkillIds(roleId).filter((id) => !placed.has(id));
    skillIds.forEach((id) => placed.add(id));
    return skillIds.length > 0 ? [{ key: `role-${roleId}`, title: getRole(roleId)?.name ?? roleId, titleIsRole: true, skillIds, forRoles: topRoles }] : [];
  });
  const rest = SKILL_GROUPS.flatMap((group): Section[] => {
    const skillIds = catalogue.filter((skill) => skill.group === group.id && !placed.has(skill.id)).map((skill) => skill.id);
    return skillIds.length > 0 ? [{ key: group.id, title: group.label, skillIds }] : [];
  });
  return { top, rest };
}

/** The answers of a canonical results address (`/results/code-yes/…`) when complete and sound; else null. */
function answersOfResultsAddress(href: string): Answers | null {
  const path = href.split(/[?#]/)[0] ?? '';
  if (!path.startsWith(`${RESULTS_BASE}/`)) return null;
  const { answers, problems } = parseAnswerSegments(questionTree, splatSegments(path.slice(RESULTS_BASE.length)));
  return problems.length === 0 && isComplete(questionTree, answers) ? answers : null;
}

/** Every group in catalogue order: the page for someone whose top roles are not known. */
const CATALOGUE = skillSections([]).rest;
const NO_ANSWERS: Answers = Object.freeze({});
const subscribeToNothing = () => () => undefined;

/**
 * False while the prerendered page is being hydrated, true after it and in every render that
 * is not a hydration (a page reached by a link inside the app). Router state (the way back)
 * is never in the static HTML, so it is read only once this is true.
 */
function useIsPastHydration(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}

interface Way {
  readonly to: string;
  readonly text: string;
}

/** Where to go from here, the way back first. */
function useWaysOn(back: SkillsReturn | null): Way[] {
  const answers = useAnswers();
  const complete = useQuizStore(selectIsComplete);
  const ways: Way[] = [];
  if (back) ways.push({ to: back.returnTo, text: m.skills_back_to({ place: back.returnLabel }) });
  if (complete && back?.returnTo !== paths.results(answers)) ways.push({ to: paths.results(answers), text: m.skills_see_results() });
  if (!complete) ways.push({ to: paths.quiz(), text: m.skills_take_quiz() });
  ways.push({ to: paths.roles(), text: m.skills_all_roles() });
  return ways;
}

const optionClass = (state: SkillState) => `skill-choice__option skill-choice__option--${state}`;

function SkillChoice({
  skill,
  state,
  forRoles,
  onChange,
}: {
  skill: Skill;
  state: SkillState;
  forRoles?: readonly string[];
  onChange: (state: SkillState) => void;
}) {
  const hintId = useId();
  const radioName = `skill-${skill.id}`;
  return (
    <fieldset className="skill-choice" aria-describedby={hintId}>
      <legend className="skill-choice__name">
        <EnglishTerm>{skill.name}</EnglishTerm>
      </legend>
      <p id={hintId} className="skill-choice__hint muted">
        {listedFor(skill, forRoles)}
      </p>
      <div className="skill-choice__options">
        {CHOICES.map((choice) => (
          <label key={choice.state} className={optionClass(choice.state)}>
            <input
              type="radio"
              name={radioName}
              value={choice.state}
              checked={state === choice.state}
              onChange={() => onChange(choice.state)}
            />{' '}
            <span className="skill-choice__text" data-text={choice.label}>
              {choice.label}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** One group of skills behind its own disclosure (never one inside another), its count in the summary. */
function SkillsGroup({
  section,
  defaultOpen,
  states,
  onChange,
}: {
  section: Section;
  defaultOpen: boolean;
  states: SkillStates;
  onChange: (skillId: string, state: SkillState) => void;
}) {
  const title = section.titleIsRole ? <EnglishTerm>{section.title}</EnglishTerm> : section.title;
  return (
    // `open` is where the group starts; afterwards the person opens and closes it.
    <details className="skills-group" open={defaultOpen}>
      <summary className="skills-group__summary">
        <span className="skills-group__title">{title}</span>{' '}
        <span className="skills-group__count">{groupCountText(section.skillIds, states)}</span>
      </summary>
      <fieldset className="skills-group__fieldset">
        <legend className="visually-hidden">{title}</legend>
        {section.skillIds.map((id) => {
          const skill = getSkill(id);
          return skill ? (
            <SkillChoice
              key={id}
              skill={skill}
              state={skillStateOf(states, id)}
              forRoles={section.forRoles}
              onChange={(state) => onChange(id, state)}
            />
          ) : null;
        })}
      </fieldset>
    </details>
  );
}

function WayLinks({ ways }: { ways: readonly Way[] }) {
  return (
    <nav aria-label={m.skills_ways_label()} className="skills-next">
      <ul className="link-list">
        {ways.map((way) => (
          <li key={`${way.to} ${way.text}`}>
            <Link to={way.to}>{way.text}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function SkillsPage() {
  useDocumentTitle(TITLE);
  const states = useSavedSkills();
  const setSkill = useQuizStore((state) => state.setSkill);
  const loadSkills = useQuizStore((state) => state.loadSkills);
  // What "Clear all" removed, until the next change: nothing the person did is lost to one click.
  const [cleared, setCleared] = useState<SkillStates | null>(null);

  const { state: locationState } = useLocation();
  const pastHydration = useIsPastHydration();
  const back = pastHydration ? readSkillsReturn(locationState) : null;
  const ways = useWaysOn(back);

  // The roles to start from: those of the results page the person came from, else their saved answers'.
  const saved = useAnswers();
  const savedComplete = useQuizStore(selectIsComplete);
  const returnTo = back?.returnTo ?? null;
  const fromReturn = useMemo(() => (returnTo ? answersOfResultsAddress(returnTo) : null), [returnTo]);
  const answers = fromReturn ?? (savedComplete ? saved : null);
  const ranking = useRanking(answers ?? NO_ANSWERS);
  const topRoles = useMemo(() => (answers ? topRoleIds(ranking) : []), [answers, ranking]);
  const names = topRoles.map((id) => getRole(id)?.name ?? id);
  const { top, rest } = useMemo(() => skillSections(topRoles), [topRoles]);

  // Chosen when the page opens and changed only by the person: the page never reorders itself.
  const [topFirst, setTopFirst] = useState(() => top.length > 0);
  const showTop = topFirst && top.length > 0;
  const topHeading = useRef<HTMLHeadingElement>(null);
  // Set by the button that brings them first: focus follows to what it brought (the button is gone).
  const focusTopWhenShown = useRef(false);
  useEffect(() => {
    if (!showTop || !focusTopWhenShown.current) return;
    focusTopWhenShown.current = false;
    topHeading.current?.focus();
  }, [showTop]);

  const change = (skillId: string, state: SkillState) => {
    setCleared(null);
    setSkill(skillId, state);
  };
  const clearAll = () => {
    setCleared(states);
    loadSkills({});
  };
  const undo = () => {
    if (cleared) loadSkills(cleared);
    setCleared(null);
  };
  const showTopFirst = () => {
    focusTopWhenShown.current = true;
    setTopFirst(true);
  };

  const groups = showTop ? rest : CATALOGUE;
  const [firstWay] = ways;

  return (
    <div className="skills-page stack">
      <PageHeading>{TITLE}</PageHeading>
      {firstWay ? (
        <p className="skills-back">
          <span aria-hidden="true">← </span>
          <Link to={firstWay.to}>{firstWay.text}</Link>
        </p>
      ) : null}
      <p className="measure">{m.skills_intro()}</p>
      <noscript>
        <p className="notice">{m.skills_noscript()}</p>
      </noscript>

      <div role="status" className="skills-status">
        <p>{cleared ? m.skills_cleared() : skillsSummary(states)}</p>
        {cleared ? (
          <button type="button" className="button button--small" onClick={undo}>
            {m.skills_undo()}
          </button>
        ) : null}
      </div>

      {showTop ? null : (
        // Holds its height whatever it says, so the button arriving after a reload moves nothing.
        <div className="skills-focus">
          {top.length > 0 ? (
            <button type="button" className="button button--small" onClick={showTopFirst}>
              {SHOW_TOP_ROLES_FIRST}
            </button>
          ) : (
            <p className="muted">{m.skills_after_quiz()}</p>
          )}
        </div>
      )}

      <form className="skills-form" onSubmit={(event) => event.preventDefault()} aria-label={m.skills_form_label()}>
        {showTop ? (
          <section className="skills-section" aria-labelledby="skills-top-heading">
            <h2 id="skills-top-heading" ref={topHeading} tabIndex={-1}>
              {TOP_ROLES_HEADING}
            </h2>
            <p className="muted">{withParts(m.skills_top_lead, { roles: termList(names) })}</p>
            <div className="skills-groups">
              {top.map((section, index) => (
                <SkillsGroup key={section.key} section={section} defaultOpen={index === 0} states={states} onChange={change} />
              ))}
            </div>
          </section>
        ) : null}
        <section className="skills-section" aria-labelledby="skills-all-heading">
          <h2 id="skills-all-heading">{showTop ? m.skills_all_other() : m.skills_all()}</h2>
          <div className="skills-groups">
            {groups.map((section, index) => (
              <SkillsGroup
                key={`${showTop ? 'rest' : 'all'}-${section.key}`}
                section={section}
                defaultOpen={!showTop && index === 0}
                states={states}
                onChange={change}
              />
            ))}
          </div>
        </section>
      </form>

      <div className="button-row">
        <button type="button" className="button" onClick={clearAll} disabled={!hasAnySkill(states)}>
          {m.skills_clear_all()}
        </button>
      </div>

      <WayLinks ways={ways} />
    </div>
  );
}

export function meta(): PageMeta {
  return {
    title: TITLE,
    description: m.skills_meta_description(),
  };
}

export { SkillsPage as Component };
