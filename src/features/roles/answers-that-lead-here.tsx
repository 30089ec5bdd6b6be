// "Answers that lead here": which complete answer sets rank this role first, or in the top
// three, counted by the engine over every path of the tree (never written by hand). The
// counts show; the answer sets themselves open from a disclosure.
import { Link } from 'react-router';
import { questionTree } from '../../content/question-tree';
import type { Role } from '../../content/types';
import { DEFAULT_TOP_COUNT, groupByFinalAnswer, rankEveryPath, roleOutcome, type RankedPath } from '../../engine';
import { paths } from '../../routes/manifest';
import { Disclosure } from '../../components/disclosure';

let everyPath: readonly RankedPath[] | null = null;

/** Every path ranked once per page load: all role pages share it. */
function everyPathRanked(): readonly RankedPath[] {
  everyPath ??= rankEveryPath(questionTree);
  return everyPath;
}

const TOP_WORDS: Readonly<Record<number, string>> = { 2: 'two', 3: 'three' };
const topName = `top ${TOP_WORDS[DEFAULT_TOP_COUNT] ?? DEFAULT_TOP_COUNT}`;
const sets = (count: number) => `${count} ${count === 1 ? 'answer set' : 'answer sets'}`;

// Places are shared by roles level on points, so "first" counts joint first too, and says so.
function summary(name: string, first: number, top: number, total: number): string {
  if (first > 0) {
    return `${name} comes first, alone or joint, for ${sets(first)} of the ${total} possible; it is in the ${topName}, shared places included, for ${top}.`;
  }
  if (top > 0) return `No answers put ${name} first. It is in the ${topName}, shared places included, for ${sets(top)} of the ${total} possible.`;
  return `No answers put ${name} first or in the ${topName}, out of the ${total} possible answer sets.`;
}

/** The disclosure's summary: what opening it shows. */
export function answerSetsSummary(count: number, first: boolean): string {
  return `The ${sets(count)} that put it ${first ? 'first' : `in the ${topName}`}`;
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
          <p>{isFirst ? 'The answers that put it first, alone or joint:' : `The answers that put it in the ${topName}:`}</p>
          <ul className="answer-sets">
            {groups.map((group) => {
              const last = group.endings[0]?.step.question;
              return (
                <li key={group.endings[0] ? paths.results(group.endings[0].answers) : 'none'}>
                  <p>
                    {group.shared.map(({ question, option }) => `${question.prompt} ${option.label}.`).join(' ')}
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
      <p>
        Read <Link to={paths.howItWorks()}>how the recommendations work</Link>.
      </p>
    </>
  );
}
