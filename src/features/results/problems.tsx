// What was wrong with a results link, one plain sentence per problem.
import { useId } from 'react';
import { getQuestion, type SkillUrlProblem, type UrlProblem } from '../../engine';
import { questionTree } from '../../content/question-tree';

function promptOf(questionId: string): string {
  return getQuestion(questionTree, questionId)?.prompt ?? questionId;
}

export function describeUrlProblem(problem: UrlProblem): string {
  switch (problem.kind) {
    case 'unknown-question':
      return `“${problem.key}” is not one of our questions, so it was ignored.`;
    case 'unknown-option':
      return `“${problem.value}” is not an answer to “${promptOf(problem.questionId)}”, so it was ignored.`;
    case 'off-path':
      return `The answer to “${promptOf(problem.questionId)}” doesn’t apply given your other answers, so it was left out.`;
    case 'duplicate':
      return `“${problem.questionId}” appeared more than once; the first valid answer was used.`;
    case 'malformed':
      return `Part of the link couldn’t be read: “${problem.detail}”, so it was ignored.`;
  }
}

/** The skills part of a link, explained like its answers. */
export function describeSkillUrlProblem(problem: SkillUrlProblem): string {
  switch (problem.kind) {
    case 'unknown-skill':
      return `“${problem.value}” is not one of the skills in the skills check, so it was ignored.`;
    case 'duplicate-skill':
      return `The skill “${problem.skillId}” appeared more than once; the first mention was used.`;
    case 'malformed':
      return `Part of the link couldn’t be read: “${problem.detail}”, so it was ignored.`;
  }
}

/** A warning notice listing every problem, the answers' then the skills'; nothing when there are none. */
export function ProblemNotice({ problems, skillProblems = [] }: { problems: readonly UrlProblem[]; skillProblems?: readonly SkillUrlProblem[] }) {
  const headingId = useId();
  const lines = [...problems.map(describeUrlProblem), ...skillProblems.map(describeSkillUrlProblem)];
  if (lines.length === 0) return null;
  return (
    <section className="notice results-notice" aria-labelledby={headingId}>
      <h2 id={headingId} className="results-notice__title">
        Some of this link couldn’t be used
      </h2>
      <ul className="results-notice__list">
        {lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
