// How the recommendations work, written out from the data the ranking uses: the question
// flow (drawn and in words), every weight with its reason and source, the answers that hold
// a role back with the line each rests on, the caveats, the ranking rules and the match thresholds. Changing the tree or the engine changes this page.
// A long page: it opens with an "On this page" list of its sections, and the long lists only
// some readers need (every weight, every hold-back, every warning) open from top-level <details>.
import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Disclosure } from '../../components/disclosure';
import { EnglishTerm } from '../../components/english-term';
import { withParts } from '../../components/message-parts';
import { PageHeading } from '../../components/page-heading';
import { citeSource } from '../../components/cite-source';
import { useDocumentTitle } from '../../components/use-document-title';
import { questionTree, sourcedHoldBacks, sourcedWeights } from '../../content/question-tree';
import type { SourceId } from '../../content/types';
import { getRole } from '../../content/roles';
import { getOption, getQuestion, MATCH_THRESHOLDS, RANK_RULES, TIE_ORDER_RULES, type MatchLabel, type RankingRuleId } from '../../engine';
import { counted, m, ordinal, placeText } from '../../i18n';
import { paths, type PageMeta } from '../../routes/manifest';
import { FlowDiagram, FlowSteps } from './flow-diagram';
import './how-it-works.css';

const TITLE = m.how_it_works_title();

/** The page's sections (each an h2 with this id), in order: the "On this page" list links to each. */
export const HOW_IT_WORKS_SECTIONS = {
  questions: { id: 'how-questions', title: m.how_it_works_section_questions() },
  weights: { id: 'how-weights', title: m.how_it_works_section_weights() },
  holdBacks: { id: 'how-hold-backs', title: m.how_it_works_section_hold_backs() },
  caveats: { id: 'how-caveats', title: m.how_it_works_section_caveats() },
  ranking: { id: 'how-ranking', title: m.how_it_works_section_ranking() },
} as const;

/** The name of the contents list's navigation, and its visible heading. */
export const ON_THIS_PAGE = m.how_it_works_on_this_page();

/** What each disclosure's summary says it holds. */
export const HOW_IT_WORKS_MORE = {
  weights: m.how_it_works_more_weights(),
  holdBacks: (count: number) => m.how_it_works_more_hold_backs(counted(count)),
  caveats: (count: number) => m.how_it_works_more_caveats(counted(count)),
} as const;

const SECTIONS = HOW_IT_WORKS_SECTIONS;

/** The id of a question's heading in the list of weights. */
const weightsHeadingId = (questionId: string) => `how-weights-${questionId}`;

/** The words of each of the engine's ranking rules, by its id: each completes "Roles are placed by …". */
const RULE_TEXTS: Readonly<Record<RankingRuleId, () => string>> = {
  'held-back': m.how_it_works_rule_held_back,
  score: m.how_it_works_rule_score,
  'reason-count': m.how_it_works_rule_reason_count,
  catalogue: m.how_it_works_rule_catalogue,
};

/** The rules as list items, in the engine's order: the first as it is, each after it "then, where that ties, …". */
function RuleItems({ rules }: { rules: typeof RANK_RULES }) {
  return rules.map((rule, index) => {
    const text = RULE_TEXTS[rule.id]();
    return <li key={rule.id}>{index === 0 ? text : m.how_it_works_rule_then({ rule: text })}</li>;
  });
}

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

const roleName = (roleId: string) => <EnglishTerm>{getRole(roleId)?.name ?? roleId}</EnglishTerm>;
const cited = (sourceId: SourceId) => <EnglishTerm>{citeSource(sourceId, { withDate: false })}</EnglishTerm>;

const MATCH_NAMES: Record<Exclude<MatchLabel, 'held-back'>, () => string> = {
  strong: m.how_it_works_match_strong,
  good: m.how_it_works_match_good,
  possible: m.how_it_works_match_possible,
  weak: m.how_it_works_match_weak,
};

/** The scores a label covers: "7 points or more", "5 points or more, below 7", "below 1 point". */
function scoreRange(index: number): string {
  const threshold = MATCH_THRESHOLDS[index];
  const above = MATCH_THRESHOLDS[index - 1];
  if (threshold && Number.isFinite(threshold.minScore)) {
    return above
      ? m.how_it_works_range_between({ ...counted(threshold.minScore), below: above.minScore })
      : m.how_it_works_range_at_least(counted(threshold.minScore));
  }
  return m.how_it_works_range_below(counted(above?.minScore ?? 0));
}

/** "ML Engineer, if you answer “No” to “Would you be willing to learn Python?”:" */
function roleIfAnswer(roleId: string, questionId: string, optionId: string): ReactNode {
  const question = getQuestion(questionTree, questionId);
  const option = question ? getOption(question, optionId) : undefined;
  return withParts(
    m.how_it_works_role_if_answer,
    { role: roleName(roleId) },
    { answer: option?.label ?? optionId, question: question?.prompt ?? questionId },
  );
}

export function HowItWorksPage() {
  useDocumentTitle(TITLE);
  const stepsId = useId();
  return (
    <article className="how-it-works stack">
      <header className="measure stack">
        <PageHeading>{TITLE}</PageHeading>
        <p>{m.how_it_works_intro(counted(questionTree.questions.length))}</p>
      </header>

      <OnThisPage />

      <section className="stack" aria-labelledby={SECTIONS.questions.id}>
        <h2 id={SECTIONS.questions.id}>{SECTIONS.questions.title}</h2>
        <p className="measure">{m.how_it_works_questions_lead()}</p>
        <div className="how-it-works__diagram">
          <FlowDiagram flow={questionTree} />
        </div>
        <h3 id={stepsId}>{m.how_it_works_steps_heading()}</h3>
        <FlowSteps flow={questionTree} labelledBy={stepsId} />
      </section>

      <section className="stack measure" aria-labelledby={SECTIONS.weights.id}>
        <h2 id={SECTIONS.weights.id}>{SECTIONS.weights.title}</h2>
        <p>{m.how_it_works_weights_lead()}</p>
        <Disclosure summary={HOW_IT_WORKS_MORE.weights}>
          {questionTree.questions.map((question) => (
            <section key={question.id} className="how-it-works__question" aria-labelledby={weightsHeadingId(question.id)}>
              <h3 id={weightsHeadingId(question.id)}>{question.prompt}</h3>
              {question.options.map((option) => {
                const given = sourcedWeights.filter((weight) => weight.questionId === question.id && weight.optionId === option.id);
                return (
                  <div key={option.id} className="how-it-works__option">
                    <h4>{m.how_it_works_answer_heading({ answer: option.label })}</h4>
                    {given.length > 0 ? (
                      <ul className="how-it-works__weights">
                        {given.map((weight) => (
                          <li key={weight.roleId}>
                            <strong>
                              {withParts(m.how_it_works_weight_points, { role: roleName(weight.roleId) }, counted(weight.points))}
                            </strong>{' '}
                            {weight.reason}{' '}
                            <span className="source-line">{withParts(m.how_it_works_source, { source: cited(weight.sourceId) })}</span>
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <p className="muted">{m.how_it_works_no_points()}</p>
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
        <p>{m.how_it_works_hold_backs_lead()}</p>
        <Disclosure summary={HOW_IT_WORKS_MORE.holdBacks(sourcedHoldBacks.length)}>
          <ul className="how-it-works__hold-backs">
            {sourcedHoldBacks.map((holdBack) => (
              <li key={`${holdBack.questionId}-${holdBack.optionId}-${holdBack.roleId}`}>
                <strong>{roleIfAnswer(holdBack.roleId, holdBack.questionId, holdBack.optionId)}</strong> {holdBack.text}{' '}
                <span className="source-line">
                  {withParts(m.how_it_works_source_says, {
                    line: <EnglishTerm>{holdBack.sourceLine}</EnglishTerm>,
                    source: cited(holdBack.sourceId),
                  })}
                </span>
              </li>
            ))}
          </ul>
        </Disclosure>
      </section>

      <section className="stack measure" aria-labelledby={SECTIONS.caveats.id}>
        <h2 id={SECTIONS.caveats.id}>{SECTIONS.caveats.title}</h2>
        <p>{m.how_it_works_caveats_lead()}</p>
        <Disclosure summary={HOW_IT_WORKS_MORE.caveats(questionTree.caveats.length)}>
          <ul>
            {questionTree.caveats.map((caveat) => (
              <li key={`${caveat.questionId}-${caveat.optionId}-${caveat.roleId}`}>
                <strong>{roleIfAnswer(caveat.roleId, caveat.questionId, caveat.optionId)}</strong> {caveat.text}
              </li>
            ))}
          </ul>
        </Disclosure>
      </section>

      <section className="stack measure" aria-labelledby={SECTIONS.ranking.id}>
        <h2 id={SECTIONS.ranking.id}>{SECTIONS.ranking.title}</h2>
        <p>{m.how_it_works_ranking_lead()}</p>
        <ol aria-label={m.how_it_works_rank_rules_label()}>
          <RuleItems rules={RANK_RULES} />
        </ol>
        <p>{m.how_it_works_shared_place({ jointFirst: placeText(1, true), third: ordinal(3) })}</p>
        <ol aria-label={m.how_it_works_tie_order_label()}>
          <RuleItems rules={TIE_ORDER_RULES} />
        </ol>
        <p>{m.how_it_works_tie_order_note()}</p>
        <h3 id="how-labels">{m.how_it_works_labels_heading()}</h3>
        <p>{m.how_it_works_labels_lead()}</p>
        <ul aria-labelledby="how-labels">
          {MATCH_THRESHOLDS.map((threshold, index) => (
            <li key={threshold.label}>
              {withParts(m.how_it_works_label_item, { label: <strong>{MATCH_NAMES[threshold.label]()}</strong> }, { range: scoreRange(index) })}
            </li>
          ))}
          <li>
            {withParts(
              m.how_it_works_label_item,
              { label: <strong>{m.how_it_works_held_back_label()}</strong> },
              { range: m.how_it_works_held_back_range() },
            )}
          </li>
        </ul>
      </section>

      <p>
        <Link to={paths.quiz()} className="button button--primary">
          {m.how_it_works_take_quiz()}
        </Link>{' '}
        <Link to={paths.roles()}>{m.how_it_works_all_roles()}</Link>
      </p>
    </article>
  );
}

export function meta(): PageMeta {
  return {
    title: TITLE,
    description: m.how_it_works_meta_description(),
  };
}

export { HowItWorksPage as Component };
