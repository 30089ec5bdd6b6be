// What was wrong with a results link, one plain sentence per problem. The answers' problems are
// known as the page renders and lead it; the skills' are known only once the page is live (a
// prerendered page holds no skills), so they go to the status tray, where they push nothing.
import { useId, useState } from 'react';
import { getQuestion, type SkillUrlProblem, type UrlProblem } from '../../engine';
import { questionTree } from '../../content/question-tree';
import { InStatusTray, StatusMessage } from '../../components/status-tray';

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

/** The heading of the answers' problems, and the name of the skills' message. */
export const PROBLEMS_HEADING = 'Some of this link couldn’t be used';
export const SKILL_PROBLEMS_LABEL = 'Some skills in this link couldn’t be used';

/** A warning notice listing every problem with the link's answers; nothing when there are none. */
export function ProblemNotice({ problems }: { problems: readonly UrlProblem[] }) {
  const headingId = useId();
  const lines = problems.map(describeUrlProblem);
  if (lines.length === 0) return null;
  return (
    <section className="notice results-notice" aria-labelledby={headingId}>
      <h2 id={headingId} className="results-notice__title">
        {PROBLEMS_HEADING}
      </h2>
      <ul className="results-notice__list">
        {lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
    </section>
  );
}

/** The skills' problems, in the status tray until dismissed; keyed by the page on its address. */
export function SkillProblemsMessage({ problems }: { problems: readonly SkillUrlProblem[] }) {
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || problems.length === 0) return null;
  return (
    <InStatusTray>
      <StatusMessage label={SKILL_PROBLEMS_LABEL} tone="warning" onDismiss={() => setDismissed(true)}>
        <p>
          <strong>{SKILL_PROBLEMS_LABEL}:</strong>
        </p>
        <ul>
          {problems.map((problem, index) => (
            <li key={index}>{describeSkillUrlProblem(problem)}</li>
          ))}
        </ul>
      </StatusMessage>
    </InStatusTray>
  );
}
