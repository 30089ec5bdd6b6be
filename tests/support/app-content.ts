// What the component and end-to-end tests look up in the app instead of typing it again:
// question prompts, answer labels and role names from the content, and the saved-progress
// format from the store. Free of any test runner, so both Vitest and Playwright import it.
import { getOption, getQuestion, type Answers, type SkillStates } from '../../src/engine';
import { questionFlow } from '../../src/content/question-flow';
import { getRole } from '../../src/content/roles';
import { getSkill } from '../../src/content/skills';
import { STORAGE_KEY, STORAGE_VERSION } from '../../src/state/store';

export { STORAGE_KEY, STORAGE_VERSION };

/** The question's prompt, which is its page's h1. */
export function prompt(questionId: string): string {
  const question = getQuestion(questionFlow, questionId);
  if (!question) throw new Error(`No question "${questionId}" in the tree`);
  return question.prompt;
}

/** The label of an answer button. */
export function optionLabel(questionId: string, optionId: string): string {
  const question = getQuestion(questionFlow, questionId);
  const option = question ? getOption(question, optionId) : undefined;
  if (!option) throw new Error(`No option "${optionId}" for question "${questionId}"`);
  return option.label;
}

export function roleName(roleId: string): string {
  const role = getRole(roleId);
  if (!role) throw new Error(`No role "${roleId}"`);
  return role.name;
}

/** A skill's name, exactly as the checklist prints it. */
export function skillName(skillId: string): string {
  const skill = getSkill(skillId);
  if (!skill) throw new Error(`No skill "${skillId}"`);
  return skill.name;
}

/** Saved progress as the store writes it to localStorage under STORAGE_KEY. */
export function savedProgress(answers: Answers, skills: SkillStates = {}): string {
  return JSON.stringify({ state: { answers, skills, shortcutsEnabled: true }, version: STORAGE_VERSION });
}
