// The app's own addresses built from answers, shared by every screen that links to
// the quiz or the results, so a results link is written one way everywhere.
import { answersToSearchParams, nextQuestion, type Answers, type QuestionId } from '../engine';
import { questionFlow } from '../content/question-flow';

/** "/results?code=yes&…" in path order; "/results" when there are no answers. */
export function resultsPath(answers: Answers): string {
  const query = answersToSearchParams(questionFlow, answers).toString();
  return query ? `/results?${query}` : '/results';
}

/** One question's page. */
export function questionPath(questionId: QuestionId): string {
  return `/quiz/${questionId}`;
}

/** Where these answers lead: the first unanswered question, or the results when complete. */
export function continuePath(answers: Answers): string {
  return continuePathTo(nextQuestion(questionFlow, answers)?.id ?? null, answers);
}

/** continuePath when the next question is already known (null: the answers are complete). */
export function continuePathTo(nextQuestionId: QuestionId | null, answers: Answers): string {
  return nextQuestionId === null ? resultsPath(answers) : questionPath(nextQuestionId);
}
