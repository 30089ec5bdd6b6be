// The skills check: every skill the sources list, once, grouped for scanning. The person
// marks what they have or are learning; the results, role and compare pages then show each
// role's gap. Optional: nothing here blocks the results, and the ranking never uses it.
// Each change is saved at once in this browser (the store persists it).
import { useId, useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { SkillState, SkillStates } from '../../engine';
import { skillStateOf } from '../../engine';
import { PageHeading } from '../../components/page-heading';
import { readSkillsReturn } from '../../components/skills-check-link';
import { useDocumentTitle } from '../../components/use-document-title';
import { getRole } from '../../content/roles';
import { usesOfSkill } from '../../content/skill-requirements';
import { SKILL_GROUPS, skills as catalogue } from '../../content/skills';
import { tracks } from '../../content/tracks';
import type { Skill } from '../../content/types';
import { paths, type PageMeta } from '../../routes/manifest';
import { hasAnySkill, selectIsComplete, useAnswers, useQuizStore, useSavedSkills } from '../../state';
import './skills.css';

const TITLE = 'Check your skills';

export const CHOICES: readonly { state: SkillState; label: string }[] = [
  { state: 'have', label: 'I have this' },
  { state: 'learning', label: 'Learning' },
  { state: 'missing', label: 'Not yet' },
];

const LIST_TEXT = { core: 'core skill for', 'must-have': 'must-have for', 'nice-to-have': 'nice to have for' } as const;

/** Where the sources list a skill, in a few words: "Core skill for ML Engineer; must-have for …". */
export function listedFor(skill: Skill): string {
  const parts = usesOfSkill(skill.id).map((use) =>
    use.list === 'core'
      ? `${LIST_TEXT.core} ${getRole(use.roleId)?.name ?? use.roleId}`
      : `${LIST_TEXT[use.list]} the ${tracks[use.trackId].name} track`,
  );
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "You have 3 skills and are learning 1." */
export function skillsSummary(states: SkillStates): string {
  const counts = { have: 0, learning: 0 };
  for (const skill of catalogue) {
    const state = skillStateOf(states, skill.id);
    if (state !== 'missing') counts[state] += 1;
  }
  if (counts.have + counts.learning === 0) return 'No skills marked yet.';
  const plural = (n: number) => `${n} ${n === 1 ? 'skill' : 'skills'}`;
  return `You have ${plural(counts.have)} and are learning ${counts.learning}.`;
}

function SkillChoice({ skill, state, onChange }: { skill: Skill; state: SkillState; onChange: (state: SkillState) => void }) {
  const hintId = useId();
  return (
    <fieldset className="skill-choice" aria-describedby={hintId}>
      <legend className="skill-choice__name">{skill.name}</legend>
      <p id={hintId} className="skill-choice__hint muted">
        {listedFor(skill)}
      </p>
      <div className="skill-choice__options">
        {CHOICES.map((choice) => (
          <label key={choice.state} className={`skill-choice__option skill-choice__option--${choice.state}`}>
            <input
              type="radio"
              name={`skill-${skill.id}`}
              value={choice.state}
              checked={state === choice.state}
              onChange={() => onChange(choice.state)}
            />{' '}
            {choice.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function WayOn() {
  const { state } = useLocation();
  const back = readSkillsReturn(state);
  const answers = useAnswers();
  const complete = useQuizStore(selectIsComplete);
  return (
    <nav aria-label="When you are done" className="skills-next">
      <ul className="link-list">
        {back ? (
          <li>
            <Link to={back.returnTo}>Back to {back.returnLabel}</Link>
          </li>
        ) : null}
        {complete && back?.returnTo !== paths.results(answers) ? (
          <li>
            <Link to={paths.results(answers)}>See your results with these skills</Link>
          </li>
        ) : null}
        {complete ? null : (
          <li>
            <Link to={paths.quiz()}>Take the quiz to see which roles fit you</Link>
          </li>
        )}
        <li>
          <Link to={paths.roles()}>All AI roles</Link>
        </li>
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

  return (
    <div className="skills-page stack">
      <PageHeading>{TITLE}</PageHeading>
      <div className="measure">
        <p>
          Mark the skills you already have, or are learning. Your results, the role pages and comparisons then show, for
          each role, what you have and what to learn next. Your ranking stays as your answers made it.
        </p>
        <p className="muted">
          These are the skills our two sources list, each shown once and exactly as printed. Your choices are saved in
          this browser only.
        </p>
        <noscript>
          <p className="notice">The skills check needs JavaScript to save your choices. Everything else on the site works without it.</p>
        </noscript>
      </div>

      <div role="status" className="skills-status">
        <p>{cleared ? 'All skills cleared.' : skillsSummary(states)}</p>
        {cleared ? (
          <button type="button" className="button button--small" onClick={undo}>
            Undo
          </button>
        ) : null}
      </div>

      <form className="skills-form" onSubmit={(event) => event.preventDefault()} aria-label="Your skills">
        {SKILL_GROUPS.map((group) => (
          <fieldset key={group.id} className="skills-group">
            <legend className="skills-group__title">{group.label}</legend>
            {catalogue
              .filter((skill) => skill.group === group.id)
              .map((skill) => (
                <SkillChoice
                  key={skill.id}
                  skill={skill}
                  state={skillStateOf(states, skill.id)}
                  onChange={(state) => change(skill.id, state)}
                />
              ))}
          </fieldset>
        ))}
      </form>

      <div className="button-row">
        <button type="button" className="button" onClick={clearAll} disabled={!hasAnySkill(states)}>
          Clear all
        </button>
      </div>

      <WayOn />
    </div>
  );
}

export function meta(): PageMeta {
  return {
    title: TITLE,
    description: 'Mark the AI skills you have or are learning, and see for each AI role what you still need and what to learn next.',
  };
}

export { SkillsPage as Component };
