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
import { paths } from '../../routes/manifest';
import { useSavedAnswers } from '../../state';
import './home.css';

const QUESTION_COUNT = longestPathLength(questionFlow);

export const HOME_HEADING = 'Find your path into an AI career';

/** The home page's calls to action, one of which shows depending on the saved answers. */
export const HOME_ACTIONS = {
  start: 'Start the quiz',
  continue: 'Continue where you left off',
  seeResults: 'See your results',
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
        <p className="home-lead">
          Answer a few questions about how you like to work and what you know already. The quiz suggests which AI roles
          fit you, explains why, and shows the skills and salary figures our sources give for each.
        </p>
        <p>
          It is for students, career-changers and professionals who want to move into AI work, whether you write code or
          not.
        </p>
        <p>
          It takes <strong>up to {QUESTION_COUNT} questions</strong>, about two minutes. Your answers stay in this
          browser.
        </p>
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
        <h2 id="home-stats-heading">AI work in three figures</h2>
        <ul className="stat-list">
          {statistics.map((statistic) => {
            return (
              <li key={statistic.sourceId} className="stat card">
                <p className="stat__figure">{statistic.figure}</p>
                <p className="stat__description">{statistic.description}</p>
                <p className="source-line">
                  Source: {citeSource(statistic.sourceId, { withDate: false })}, as cited in {citeSource('skills-article', { withDate: false })}.
                </p>
              </li>
            );
          })}
        </ul>
      </section>

      <section className="home-roles measure" aria-labelledby="home-roles-heading">
        <h2 id="home-roles-heading">Know what you are looking for?</h2>
        <p>
          <Link to={paths.roles()}>Browse all AI roles</Link>, with the skills and salary ranges the sources give for each.
        </p>
        <p>
          <Link to={paths.howItWorks()}>How the recommendations work</Link>: every question, the points each answer gives
          and where they come from.
        </p>
      </section>
    </div>
  );
}

export { HomePage as Component };
