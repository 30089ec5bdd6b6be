// How the recommendations work, written out from the data the ranking uses: the question
// flow (drawn and in words), every weight with its reason and source, the answers that hold
// a role back with the line each rests on, the caveats, the ranking rules and the match thresholds. Changing the tree or the engine changes this page.
// A long page: it opens with an "On this page" list of its sections, and the long lists only
// some readers need (every weight, every hold-back, every warning) open from top-level <details>.
import { useId } from 'react';
import { Link } from 'react-router';
import { Disclosure } from '../../components/disclosure';
import { PageHeading } from '../../components/page-heading';
import { citeSource } from '../../components/cite-source';
import { useDocumentTitle } from '../../components/use-document-title';
import { questionTree, sourcedHoldBacks, sourcedWeights } from '../../content/question-tree';
import { getRole } from '../../content/roles';
import { getOption, getQuestion, MATCH_THRESHOLDS, RANK_RULES, TIE_ORDER_RULES, type MatchLabel } from '../../engine';
import { paths, type PageMeta } from '../../routes/manifest';
import { FlowDiagram, FlowSteps } from './flow-diagram';
import './how-it-works.css';

const TITLE = 'How the recommendations work';

/** The page's sections (each an h2 with this id), in order: the "On this page" list links to each. */
export const HOW_IT_WORKS_SECTIONS = {
  questions: { id: 'how-questions', title: 'The questions' },
  weights: { id: 'how-weights', title: 'The points each answer gives' },
  holdBacks: { id: 'how-hold-backs', title: 'Answers that hold a role back' },
  caveats: { id: 'how-caveats', title: 'Warnings shown with a role' },
  ranking: { id: 'how-ranking', title: 'How roles are ordered' },
} as const;

/** The name of the contents list's navigation, and its visible heading. */
export const ON_THIS_PAGE = 'On this page';

/** What each disclosure's summary says it holds. */
export const HOW_IT_WORKS_MORE = {
  weights: 'Every answer’s points, with the reason and source',
  holdBacks: (count: number) => `${count === 1 ? 'The hold-back' : `Each of the ${count} hold-backs`}: the role, the answer and the line it rests on`,
  caveats: (count: number) => `${count === 1 ? 'The warning' : `All ${count} warnings`}, with the role and the answer that brings it`,
} as const;

const SECTIONS = HOW_IT_WORKS_SECTIONS;

/** Plain fragment links to the sections' headings: they work in the static page, with no script. */
function OnThisPage() {
  return (
    <nav aria-label={ON_THIS_PAGE} className="on-this-page">
      <h2 className="on-this-page__title">{ON_THIS_PAGE}</h2>
      <ul className="on-this-page__list">
        {Object.values(SECTIONS).map(({ id, title }) => (
          <li key={id}>
            <a href={`#${id}`}>{title}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

const roleName = (roleId: string) => getRole(roleId)?.name ?? roleId;
const matchName = (label: MatchLabel) => `${label.charAt(0).toUpperCase()}${label.slice(1)} match`;
const points = (count: number) => `${count} ${count === 1 ? 'point' : 'points'}`;

/** "ML Engineer, if you answer “No” to “Would you be willing to learn Python?”" */
function roleIfAnswer(roleId: string, questionId: string, optionId: string): string {
  const question = getQuestion(questionTree, questionId);
  const option = question ? getOption(question, optionId) : undefined;
  return `${roleName(roleId)}, if you answer “${option?.label ?? optionId}” to “${question?.prompt ?? questionId}”`;
}

export function HowItWorksPage() {
  useDocumentTitle(TITLE);
  const stepsId = useId();
  return (
    <article className="how-it-works stack">
      <header className="measure stack">
        <PageHeading>{TITLE}</PageHeading>
        <p>
          The quiz asks up to {questionTree.questions.length} questions. Each answer gives points to some roles; a role’s
          score is the sum of the points your answers give it, and the roles are shown in order of score, except that an
          answer can hold a role back. Everything on this page is written out from the same data the quiz uses.
        </p>
      </header>

      <OnThisPage />

      <section className="stack" aria-labelledby={SECTIONS.questions.id}>
        <h2 id={SECTIONS.questions.id}>{SECTIONS.questions.title}</h2>
        <p className="measure">Which question comes next depends on your answer, so not everyone sees every question.</p>
        <div className="how-it-works__diagram">
          <FlowDiagram flow={questionTree} />
        </div>
        <h3 id={stepsId}>The questions, step by step</h3>
        <FlowSteps flow={questionTree} labelledBy={stepsId} />
      </section>

      <section className="stack measure" aria-labelledby={SECTIONS.weights.id}>
        <h2 id={SECTIONS.weights.id}>{SECTIONS.weights.title}</h2>
        <p>
          The three questions about code, research and business stakeholders carry the career guide’s own self-check. The
          other weights rest on what the two articles say of each role; each names its source.
        </p>
        <Disclosure summary={HOW_IT_WORKS_MORE.weights}>
          {questionTree.questions.map((question) => (
            <section key={question.id} className="how-it-works__question" aria-labelledby={`how-weights-${question.id}`}>
              <h3 id={`how-weights-${question.id}`}>{question.prompt}</h3>
              {question.options.map((option) => {
                const given = sourcedWeights.filter((weight) => weight.questionId === question.id && weight.optionId === option.id);
                return (
                  <div key={option.id} className="how-it-works__option">
                    <h4>Answer: {option.label}</h4>
                    {given.length > 0 ? (
                      <ul className="how-it-works__weights">
                        {given.map((weight) => (
                          <li key={weight.roleId}>
                            <strong>
                              {roleName(weight.roleId)}: {points(weight.points)}.
                            </strong>{' '}
                            {weight.reason} <span className="source-line">Source: {citeSource(weight.sourceId, { withDate: false })}.</span>
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <p className="muted">This answer gives no points.</p>
                    )}
                  </div>
                );
              })}
            </section>
          ))}
        </Disclosure>
      </section>

      <section className="stack measure" aria-labelledby={SECTIONS.holdBacks.id}>
        <h2 id={SECTIONS.holdBacks.id}>{SECTIONS.holdBacks.title}</h2>
        <p>
          Points alone would let two other answers outweigh your first, most basic one. So a No to writing code for its own
          sake holds back the engineering roles the career guide lists for people who love code, and a No to learning
          Python holds back every role whose core skills include Python. A role held back keeps its points and is still
          shown, with the reason, but comes after every role that none of your answers holds back.
        </p>
        <Disclosure summary={HOW_IT_WORKS_MORE.holdBacks(sourcedHoldBacks.length)}>
          <ul className="how-it-works__hold-backs">
            {sourcedHoldBacks.map((holdBack) => (
              <li key={`${holdBack.questionId}-${holdBack.optionId}-${holdBack.roleId}`}>
                <strong>{roleIfAnswer(holdBack.roleId, holdBack.questionId, holdBack.optionId)}:</strong> {holdBack.text}{' '}
                <span className="source-line">
                  The source says: “{holdBack.sourceLine}” ({citeSource(holdBack.sourceId, { withDate: false })}).
                </span>
              </li>
            ))}
          </ul>
        </Disclosure>
      </section>

      <section className="stack measure" aria-labelledby={SECTIONS.caveats.id}>
        <h2 id={SECTIONS.caveats.id}>{SECTIONS.caveats.title}</h2>
        <p>Some answers add a warning to a role. A warning never hides the role or changes its score.</p>
        <Disclosure summary={HOW_IT_WORKS_MORE.caveats(questionTree.caveats.length)}>
          <ul>
            {questionTree.caveats.map((caveat) => (
              <li key={`${caveat.questionId}-${caveat.optionId}-${caveat.roleId}`}>
                <strong>{roleIfAnswer(caveat.roleId, caveat.questionId, caveat.optionId)}:</strong> {caveat.text}
              </li>
            ))}
          </ul>
        </Disclosure>
      </section>

      <section className="stack measure" aria-labelledby={SECTIONS.ranking.id}>
        <h2 id={SECTIONS.ranking.id}>{SECTIONS.ranking.title}</h2>
        <p>Roles are placed by:</p>
        <ol aria-label="Rules that place a role">
          {RANK_RULES.map((rule, index) => (
            <li key={rule.description}>
              {index === 0 ? rule.description : `then, where that ties, ${rule.description}`}
            </li>
          ))}
        </ol>
        <p>
          Roles level on all of these share a place: two roles with the same points are both “joint 1st”, and the next
          place is 3rd. Within a shared place, the list still needs an order, so it shows first:
        </p>
        <ol aria-label="Order within a shared place">
          {TIE_ORDER_RULES.map((rule, index) => (
            <li key={rule.description}>
              {index === 0 ? rule.description : `then, where that ties, ${rule.description}`}
            </li>
          ))}
        </ol>
        <p>That order is only a way to list them: it does not mean one role fits you better than another in the same place.</p>
        <h3 id="how-labels">Match labels</h3>
        <p>Each role’s score gives it a label:</p>
        <ul aria-labelledby="how-labels">
          {MATCH_THRESHOLDS.map((threshold, index) => {
            const above = MATCH_THRESHOLDS[index - 1];
            const range = Number.isFinite(threshold.minScore)
              ? `${points(threshold.minScore)} or more${above ? `, below ${above.minScore}` : ''}`
              : `below ${points(above?.minScore ?? 0)}`;
            return (
              <li key={threshold.label}>
                <strong>{matchName(threshold.label)}</strong>: {range}
              </li>
            );
          })}
          <li>
            <strong>Held back by an answer</strong>: a role one of your answers holds back, whatever its points
          </li>
        </ul>
      </section>

      <p>
        <Link to={paths.quiz()} className="button button--primary">
          Take the quiz
        </Link>{' '}
        <Link to={paths.roles()}>All roles</Link>
      </p>
    </article>
  );
}

export function meta(): PageMeta {
  return {
    title: TITLE,
    description: 'Every question of the quiz, the points each answer gives each role and why, and how the roles are ordered.',
  };
}

export { HowItWorksPage as Component };
