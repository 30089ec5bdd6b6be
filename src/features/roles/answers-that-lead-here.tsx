// "Answers that lead here": which complete answer sets rank this role first, or in the top
// three, counted by the engine over every path of the tree (never written by hand). The
// counts show; the answer sets themselves open from a disclosure.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { questionTree } from '../../content/question-tree';
import type { Role } from '../../content/types';
import { DEFAULT_TOP_COUNT, groupByFinalAnswer, rankEveryPath, roleOutcome, type RankedPath } from '../../engine';
import { paths } from '../../routes/manifest';
import { Disclosure } from '../../components/disclosure';
import { EnglishTerm } from '../../components/english-term';
import { withParts } from '../../components/message-parts';
import { counted, m } from '../../i18n';

let everyPath: readonly RankedPath[] | null = null;

/** Every path ranked once per page load: all role pages share it. */
function everyPathRanked(): readonly RankedPath[] {
  everyPath ??= rankEveryPath(questionTree);
  return everyPath;
}

/** "top three": the places that count as the top, in words. */
const topName = m.roles_top_name({ count: DEFAULT_TOP_COUNT });
const sets = (count: number) => m.roles_answer_sets(counted(count));

// Places are shared by roles level on points, so "first" counts joint first too, and says so.
function summary(name: string, first: number, top: number, total: number): ReactNode {
  const role = { name: <EnglishTerm>{name}</EnglishTerm> };
  if (first > 0) return withParts(m.roles_answers_first, role, { sets: sets(first), total, top: topName, topCount: top });
  if (top > 0) return withParts(m.roles_answers_top, role, { sets: sets(top), total, top: topName });
  return withParts(m.roles_answers_none, role, { total, top: topName });
}

/** The disclosure's summary: what opening it shows. */
export function answerSetsSummary(count: number, first: boolean): string {
  return first ? m.roles_answer_sets_first(counted(count)) : m.roles_answer_sets_top({ ...counted(count), top: topName });
}

export function AnswersThatLeadHere({ role }: { role: Role }) {
  const outcome = roleOutcome(everyPathRanked(), role.id);
  const isFirst = outcome.first.length > 0;
  const listed = isFirst ? outcome.first : outcome.top;
  const groups = groupByFinalAnswer(questionTree, listed);
  return (
    <>
      <p>{summary(role.name, outcome.first.length, outcome.top.length, outcome.pathCount)}</p>
      {groups.length > 0 ? (
        <Disclosure summary={answerSetsSummary(listed.length, isFirst)}>
          <p>{isFirst ? m.roles_answers_list_first() : m.roles_answers_list_top({ top: topName })}</p>
          <ul className="answer-sets">
            {groups.map((group) => {
              const last = group.endings[0]?.step.question;
              return (
                <li key={group.endings[0] ? paths.results(group.endings[0].answers) : 'none'}>
                  <p>
                    {group.shared.map(({ question, option }) => m.roles_answer_step({ question: question.prompt, answer: option.label })).join(' ')}
                  </p>
                  {last ? <p className="muted">{last.prompt}</p> : null}
                  <ul className="answer-sets__endings">
                    {group.endings.map(({ step, answers }) => (
                      <li key={step.option.id}>
                        <Link to={paths.results(answers)}>{step.option.label}</Link>
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        </Disclosure>
      ) : null}
      <p>{withParts(m.roles_read_how, { link: <Link to={paths.howItWorks()}>{m.roles_read_how_link()}</Link> })}</p>
    </>
  );
}
