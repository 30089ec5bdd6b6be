// The app's own addresses built from answers, shared by every screen that links to
// the quiz or the results, so a results link is written one way everywhere.
import { answersToSearchParams, nextQuestion, type Answers } from '../engine';
import { questionFlow } from '../content/question-flow';

/** "/results?code=yes&…" in path order; "/results" when there are no answers. */
export function resultsPath(answers: Answers): string {
  const query = answersToSearchParams(questionFlow, answers).toString();
  return query ? `/results?${query}` : '/results';
}

/** Where these answers lead: the first unanswered question, or the results when complete. */
export function continuePath(answers: Answers): string {
  const next = nextQuestion(questionFlow, answers);
  return next ? `/quiz/${next.id}` : resultsPath(answers);
}
