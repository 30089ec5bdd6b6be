// "Your answers": one row per answered question, with the answer, a Change link and, one step
// away, what every other answer would do to the ranking (a link to those results each). A change
// that opens a new question says so and links each of that question's answers, so every link is
// a complete result. This is the what-if and the answer summary in one list, so each question is
// printed once.
import { Link } from 'react-router';
import { useMemo } from 'react';
import { whatIfs, type Answers, type WhatIfBranch } from '../../engine';
import { questionTree } from '../../content/question-tree';
import { Disclosure } from '../../components/disclosure';
import { withParts } from '../../components/message-parts';
import { counted, m } from '../../i18n';
import { paths } from '../../routes/manifest';
import { ChangeAnswerText } from './answer-summary';
import { describeDiff } from './explore-text';

/** The id of the section, the target of "Change your answers" at the top of the page. */
export const YOUR_ANSWERS_ID = 'your-answers';
export const YOUR_ANSWERS_HEADING = m.results_your_answers();

/**
 * Whether this other answer would change the top three (its roles or their order): `could` when
 * it opens a question and only some of that question's answers would.
 */
export function changesTop(branch: WhatIfBranch): 'would' | 'could' | 'no' {
  const { outcome } = branch;
  if (outcome.kind === 'result') return outcome.diff.moved.length > 0 && !outcome.diff.sameTopOrder ? 'would' : 'no';
  const each = outcome.branches.map(changesTop);
  if (each.every((change) => change === 'would')) return 'would';
  return each.some((change) => change !== 'no') ? 'could' : 'no';
}

/**
 * The disclosure's summary: "What if you answered No? Your top three would change." or "What if
 * you answered differently? 2 of the 7 other answers would change your top three." Short enough to
 * stand in every row without saying the same long sentence twice.
 */
export function whatIfSummary(alternatives: readonly WhatIfBranch[]): string {
  const changes = alternatives.map(changesTop);
  const changing = changes.filter((change) => change !== 'no').length;
  const could = changes.includes('could');
  const [only] = alternatives;
  if (alternatives.length === 1 && only) {
    const answer = only.option.label;
    if (changing !== 1) return m.results_what_if_one_same({ answer });
    return could ? m.results_what_if_one_could({ answer }) : m.results_what_if_one_would({ answer });
  }
  const total = alternatives.length;
  if (changing === 0) return m.results_what_if_many_none({ total });
  return could ? m.results_what_if_many_could({ total, ...counted(changing) }) : m.results_what_if_many_would({ total, ...counted(changing) });
}

/**
 * `context` names the question (and any answer before it), so each link's name stands alone out
 * of context; the name starts with the visible words (label in name).
 */
function Branch({ branch, context }: { branch: WhatIfBranch; context: string }) {
  const { option, outcome } = branch;
  if (outcome.kind === 'result') {
    return (
      <li className="what-if__branch">
        {withParts(
          m.results_branch,
          {
            link: (
              <Link to={paths.results(outcome.answers)} className="what-if__link" aria-label={m.results_branch_label({ answer: option.label, context })}>
                {m.results_branch_answer({ answer: option.label })}
              </Link>
            ),
          },
          { diff: describeDiff(outcome.diff) },
        )}
      </li>
    );
  }
  return (
    <li className="what-if__branch">
      <p className="what-if__opens">{m.results_branch_opens({ answer: option.label, question: outcome.question.prompt })}</p>
      <ul className="what-if__branches">
        {outcome.branches.map((next) => (
          <Branch
            key={next.option.id}
            branch={next}
            context={m.results_branch_context_after({ question: outcome.question.prompt, answer: option.label, context })}
          />
        ))}
      </ul>
    </li>
  );
}

interface YourAnswersProps {
  readonly answers: Answers;
  /** Called before following a Change link: the quiz edits the store, so the link's answers are loaded first. */
  readonly onChange: () => void;
}

export function YourAnswers({ answers, onChange }: YourAnswersProps) {
  const rows = useMemo(() => whatIfs(questionTree, answers), [answers]);
  return (
    <dl className="your-answers">
      {rows.map(({ question, chosen, alternatives }) => (
        <div key={question.id} className="your-answers__row">
          <dt className="your-answers__question">{question.prompt}</dt>
          <dd className="your-answers__answer">
            <span className="your-answers__label">{chosen.label}</span>
            <Link to={paths.question(question.id)} className="your-answers__change" onClick={onChange}>
              <ChangeAnswerText prompt={question.prompt} />
            </Link>
          </dd>
          {alternatives.length > 0 ? (
            <dd className="your-answers__what-if">
              <Disclosure className="what-if" summary={whatIfSummary(alternatives)}>
                <p className="muted no-print">{m.results_what_if_note()}</p>
                <ul className="what-if__branches">
                  {alternatives.map((branch) => (
                    <Branch key={branch.option.id} branch={branch} context={m.results_branch_context({ question: question.prompt })} />
                  ))}
                </ul>
              </Disclosure>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
