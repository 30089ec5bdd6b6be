// "What if you answered differently?": every other answer to every answered question, what it
// would do to the ranking, and a link to those results. A change that opens a new question
// says so and links each of that question's answers, so every link is a complete result.
import { useId, useMemo } from 'react';
import { Link } from 'react-router';
import { whatIfs, type Answers, type WhatIfBranch } from '../../engine';
import { questionTree } from '../../content/question-tree';
import { paths } from '../../routes/manifest';
import { describeDiff } from './explore-text';

export const WHAT_IF_HEADING = 'What if you answered differently?';

/**
 * `context` names the question (and any answer before it), so each link's name stands alone out
 * of context; the name starts with the visible words (label in name).
 */
function Branch({ branch, context }: { branch: WhatIfBranch; context: string }) {
  const { option, outcome } = branch;
  if (outcome.kind === 'result') {
    return (
      <li className="what-if__branch">
        <Link to={paths.results(outcome.answers)} className="what-if__link" aria-label={`Answer ${option.label} ${context}`}>
          Answer {option.label}
        </Link>
        : {describeDiff(outcome.diff)}
      </li>
    );
  }
  return (
    <li className="what-if__branch">
      <p className="what-if__opens">
        Answering {option.label} opens another question, “{outcome.question.prompt}”. Choose your answer to it:
      </p>
      <ul className="what-if__branches">
        {outcome.branches.map((next) => (
          <Branch
            key={next.option.id}
            branch={next}
            context={`to “${outcome.question.prompt}”, after ${option.label} ${context}`}
          />
        ))}
      </ul>
    </li>
  );
}

export function WhatIfSection({ answers }: { answers: Answers }) {
  const headingId = useId();
  const questions = useMemo(() => whatIfs(questionTree, answers), [answers]);
  return (
    <section className="what-if" aria-labelledby={headingId}>
      <h2 id={headingId}>{WHAT_IF_HEADING}</h2>
      <p className="muted measure">
        For each of your answers, what each other answer would do to your ranking. Each link opens those results; your
        other answers stay as they are, and Back brings you here.
      </p>
      <ul className="what-if__questions">
        {questions.map(({ question, chosen, alternatives }) => (
          <li key={question.id} className="what-if__question">
            <h3 className="what-if__prompt">{question.prompt}</h3>
            <p className="what-if__chosen">You answered {chosen.label}.</p>
            <ul className="what-if__branches">
              {alternatives.map((branch) => (
                <Branch key={branch.option.id} branch={branch} context={`to “${question.prompt}”`} />
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
