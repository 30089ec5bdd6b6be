// Every answer in the link, with a link to change it in the quiz. The quiz edits the
// store, so the link's answers are loaded into it first (onChange).
import { Link } from 'react-router';
import { answersToSearchParams, getOption, getQuestion, type Answers, type AnswerOption, type Question } from '../../engine';
import { questionTree } from '../../content/question-tree';
import { withParts } from '../../components/message-parts';
import { m } from '../../i18n';
import { paths } from '../../routes/manifest';

interface AnsweredQuestion {
  readonly question: Question;
  readonly option: AnswerOption;
}

/** The answers in path order (then any further on, in tree order). */
export function answeredQuestions(answers: Answers): readonly AnsweredQuestion[] {
  const list: AnsweredQuestion[] = [];
  for (const [questionId, optionId] of answersToSearchParams(questionTree, answers)) {
    const question = getQuestion(questionTree, questionId);
    const option = question ? getOption(question, optionId) : undefined;
    if (question && option) list.push({ question, option });
  }
  return list;
}

/** A Change link's words: "Change", then, for screen readers, which answer. */
export function ChangeAnswerText({ prompt }: { prompt: string }) {
  return withParts(m.results_change, { hidden: <span className="visually-hidden">{m.results_change_hidden({ question: prompt })}</span> });
}

interface AnswerSummaryProps {
  readonly answers: Answers;
  /** Called before following a Change link. */
  readonly onChange: () => void;
}

export function AnswerSummary({ answers, onChange }: AnswerSummaryProps) {
  const answered = answeredQuestions(answers);
  return (
    <dl className="answer-summary">
      {answered.map(({ question, option }) => (
        <div key={question.id} className="answer-summary__row">
          <dt>{question.prompt}</dt>
          <dd>
            <span className="answer-summary__answer">{option.label}</span>
            <Link to={paths.question(question.id)} className="answer-summary__change" onClick={onChange}>
              <ChangeAnswerText prompt={question.prompt} />
            </Link>
          </dd>
        </div>
      ))}
    </dl>
  );
}
