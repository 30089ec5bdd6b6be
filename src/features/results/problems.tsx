// What was wrong with a results link, one plain sentence per problem.
import { useId } from 'react';
import { getQuestion, type UrlProblem } from '../../engine';
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

/** A warning notice listing every problem; nothing when there are none. */
export function ProblemNotice({ problems }: { problems: readonly UrlProblem[] }) {
  const headingId = useId();
  if (problems.length === 0) return null;
  return (
    <section className="notice results-notice" aria-labelledby={headingId}>
      <h2 id={headingId} className="results-notice__title">
        Some of this link couldn’t be used
      </h2>
      <ul className="results-notice__list">
        {problems.map((problem, index) => (
          <li key={index}>{describeUrlProblem(problem)}</li>
        ))}
      </ul>
    </section>
  );
}
