// What was wrong with a results link, one plain sentence per problem. The answers' problems are
// known as the page renders and lead it; the skills' are known only once the page is live (a
// prerendered page holds no skills), so they go to the status tray, where they push nothing.
import { useId, useState } from 'react';
import { getQuestion, type SkillUrlProblem, type UrlProblem } from '../../engine';
import { questionTree } from '../../content/question-tree';
import { InStatusTray, StatusMessage } from '../../components/status-tray';
import { m } from '../../i18n';

function promptOf(questionId: string): string {
  return getQuestion(questionTree, questionId)?.prompt ?? questionId;
}

export function describeUrlProblem(problem: UrlProblem): string {
  switch (problem.kind) {
    case 'unknown-question':
      return m.results_problem_unknown_question({ key: problem.key });
    case 'unknown-option':
      return m.results_problem_unknown_option({ value: problem.value, question: promptOf(problem.questionId) });
    case 'off-path':
      return m.results_problem_off_path({ question: promptOf(problem.questionId) });
    case 'duplicate':
      return m.results_problem_duplicate({ question: problem.questionId });
    case 'malformed':
      return m.results_problem_malformed({ detail: problem.detail });
  }
}

/** The skills part of a link, explained like its answers. */
export function describeSkillUrlProblem(problem: SkillUrlProblem): string {
  switch (problem.kind) {
    case 'unknown-skill':
      return m.results_problem_unknown_skill({ value: problem.value });
    case 'duplicate-skill':
      return m.results_problem_duplicate_skill({ skill: problem.skillId });
    case 'malformed':
      return m.results_problem_malformed({ detail: problem.detail });
  }
}

/** The heading of the answers' problems, and the name of the skills' message. */
export const PROBLEMS_HEADING = m.results_problems_heading();
export const SKILL_PROBLEMS_LABEL = m.results_skill_problems_label();

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
          <strong>{m.results_skill_problems_lead()}</strong>
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
