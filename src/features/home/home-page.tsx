// The start page: what the quiz does, for whom, how long it takes, and the three
// headline figures with their sources. Prerendered: the first render reads no storage,
// so the way back into saved answers (continue, or their results once complete) appears
// only once the saved answers are read.
import { Link } from 'react-router';
import { isComplete, longestPathLength } from '../../engine';
import { questionFlow } from '../../content/question-flow';
import { statistics } from '../../content/statistics';
import { PageHeading } from '../../components/page-heading';
import { citeSource } from '../../components/cite-source';
import { StartOverButton } from '../../components/start-over';
import { APP_NAME, useDocumentTitle } from '../../components/use-document-title';
import { EnglishTerm } from '../../components/english-term';
import { withParts } from '../../components/message-parts';
import { counted, m } from '../../i18n';
import { paths } from '../../routes/manifest';
import { useSavedAnswers } from '../../state';
import './home.css';

const QUESTION_COUNT = longestPathLength(questionFlow);

export const HOME_HEADING = m.home_heading();

/** The home page's calls to action, one of which shows depending on the saved answers. */
export const HOME_ACTIONS = {
  start: m.home_action_start(),
  continue: m.home_action_continue(),
  seeResults: m.home_action_see_results(),
} as const;

export function HomePage() {
  useDocumentTitle(APP_NAME);
  // None until saved progress is read, so a visit without any renders the page only once.
  const answers = useSavedAnswers();
  const hasProgress = Object.keys(answers).length > 0;
  // Every question answered: there is nothing left to continue, only results to see.
  const finished = hasProgress && isComplete(questionFlow, answers);

  return (
    <div className="home stack">
      <div className="home-intro measure stack">
        <PageHeading>{HOME_HEADING}</PageHeading>
        <p className="home-lead">{m.home_lead()}</p>
        <p>{m.home_audience()}</p>
        <p>{withParts(m.home_length, { questions: <strong>{m.home_length_questions(counted(QUESTION_COUNT))}</strong> })}</p>
        <div className="button-row home-actions">
          {hasProgress ? (
            <>
              {finished ? (
                <Link to={paths.results(answers)} className="button button--primary">
                  {HOME_ACTIONS.seeResults}
                </Link>
              ) : (
                <Link to={paths.continue(answers)} className="button button--primary">
                  {HOME_ACTIONS.continue}
                </Link>
              )}
              <StartOverButton />
            </>
          ) : (
            <Link to={paths.firstQuestion()} className="button button--primary">
              {HOME_ACTIONS.start}
            </Link>
          )}
        </div>
      </div>

      <section className="home-stats" aria-labelledby="home-stats-heading">
        <h2 id="home-stats-heading">{m.home_stats_heading()}</h2>
        <ul className="stat-list">
          {statistics.map((statistic) => {
            return (
              <li key={statistic.sourceId} className="stat card">
                <p className="stat__figure">{statistic.figure}</p>
                <p className="stat__description">{statistic.description}</p>
                <p className="source-line">
                  {withParts(m.home_stat_source, {
                    source: <EnglishTerm>{citeSource(statistic.sourceId, { withDate: false })}</EnglishTerm>,
                    article: <EnglishTerm>{citeSource('skills-article', { withDate: false })}</EnglishTerm>,
                  })}
                </p>
              </li>
            );
          })}
        </ul>
      </section>

      <section className="home-roles measure" aria-labelledby="home-roles-heading">
        <h2 id="home-roles-heading">{m.home_roles_heading()}</h2>
        <p>{withParts(m.home_roles_browse, { link: <Link to={paths.roles()}>{m.home_roles_browse_link()}</Link> })}</p>
        <p>{withParts(m.home_how, { link: <Link to={paths.howItWorks()}>{m.home_how_link()}</Link> })}</p>
      </section>
    </div>
  );
}

export { HomePage as Component };
