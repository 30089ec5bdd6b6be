// Changing, pruning and navigating answers on the real tree: its follow-ups (python after
// code=no, phd after research=yes), checked on every path. The engine's behaviour on any
// tree, properties included: tests/unit/engine/answers.test.ts.
import { describe, it, expect } from 'vitest';
import {
  nextQuestion,
  placeOf,
  previousQuestionId,
  pruneAnswers,
  setAnswer,
  type Answers,
} from '../../src/engine';
import { allPaths, describePath, isOnPathBySpec, optionIds, questionOrderBySpec, tree } from './content-tree-spec';

const FULL_PATH: Answers = {
  code: 'no',
  python: 'yes',
  research: 'yes',
  phd: 'no',
  stakeholders: 'yes',
  background: 'data',
};

/**
 * What setAnswer should give for a complete path, by the hand-written spec: the old answers
 * with the new one, minus every question the new answers no longer reach. (python is reachable
 * iff code=no, phd iff research=yes; a follow-up the change brings onto the path is simply unanswered.)
 */
function expectedAfterChange(answers: Answers, questionId: string, optionId: string): Answers {
  const changed = { ...answers, [questionId]: optionId };
  return Object.fromEntries(Object.entries(changed).filter(([id]) => isOnPathBySpec(changed, id)));
}

describe('setAnswer', () => {
  it('drops only python when code changes from no to yes', () => {
    expect(setAnswer(tree, FULL_PATH, 'code', 'yes')).toEqual({
      code: 'yes',
      research: 'yes',
      phd: 'no',
      stakeholders: 'yes',
      background: 'data',
    });
  });

  it('drops only phd when research changes from yes to no', () => {
    expect(setAnswer(tree, FULL_PATH, 'research', 'no')).toEqual({
      code: 'no',
      python: 'yes',
      research: 'no',
      stakeholders: 'yes',
      background: 'data',
    });
  });

  it('keeps every later answer when a change brings a new follow-up onto the path, which becomes the next question', () => {
    const answers: Answers = { code: 'yes', research: 'no', stakeholders: 'no', background: 'software' };
    const changed = setAnswer(tree, answers, 'code', 'no');
    expect(changed).toEqual({ ...answers, code: 'no' });
    expect(nextQuestion(tree, changed)?.id).toBe('python');
  });

  it('drops exactly the answers that leave the path, for every path, question on it and other option', () => {
    let cases = 0;
    for (const answers of allPaths) {
      for (const questionId of questionOrderBySpec(answers)) {
        for (const optionId of optionIds(questionId).filter((id) => id !== answers[questionId])) {
          const result = setAnswer(tree, answers, questionId, optionId);
          expect(result, `${describePath(answers)}: set ${questionId}=${optionId}`).toEqual(
            expectedAfterChange(answers, questionId, optionId),
          );
          cases += 1;
        }
      }
    }
    // Per path: one other option for each yes/no question on it, seven for background.
    // 16 paths of 4 questions (10 cases), 64 of 5 (11), 64 of 6 (12): 160 + 704 + 768.
    expect(cases).toBe(1632);
  });

  it('leaves a complete path as it is when an answer is set to the same option', () => {
    for (const answers of allPaths) {
      for (const questionId of questionOrderBySpec(answers)) {
        expect(setAnswer(tree, answers, questionId, answers[questionId]!)).toEqual(answers);
      }
    }
  });

  it('accepts an answer to the current question and to a question past it', () => {
    expect(setAnswer(tree, { code: 'no' }, 'python', 'no')).toEqual({ code: 'no', python: 'no' });
    // Past an unanswered question: kept, it applies once the person gets there.
    expect(setAnswer(tree, { code: 'no' }, 'stakeholders', 'yes')).toEqual({ code: 'no', stakeholders: 'yes' });
  });

  it('returns the answers unchanged for a question the path does not reach', () => {
    const answers: Answers = { code: 'yes', research: 'no', stakeholders: 'yes' };
    expect(setAnswer(tree, answers, 'python', 'yes')).toEqual(answers);
    expect(setAnswer(tree, answers, 'phd', 'no')).toEqual(answers);
  });
});

describe('previousQuestionId (the Back target)', () => {
  it('steps back along the full path', () => {
    const back = (questionId: string) => previousQuestionId(tree, FULL_PATH, questionId);
    expect(back('code')).toBeNull();
    expect(back('python')).toBe('code');
    expect(back('research')).toBe('python');
    expect(back('phd')).toBe('research');
    expect(back('stakeholders')).toBe('phd');
    expect(back('background')).toBe('stakeholders');
  });

  it('skips the follow-ups a path does not ask', () => {
    const answers: Answers = { code: 'yes', research: 'no', stakeholders: 'no', background: 'student' };
    expect(previousQuestionId(tree, answers, 'research')).toBe('code');
    expect(previousQuestionId(tree, answers, 'stakeholders')).toBe('research');
  });

  it('gives the previous question on every path', () => {
    for (const answers of allPaths) {
      const order = questionOrderBySpec(answers);
      order.forEach((questionId, index) => {
        expect(previousQuestionId(tree, answers, questionId), describePath(answers)).toBe(order[index - 1] ?? null);
      });
    }
  });

  it('goes back from the current question to the last answered one', () => {
    expect(previousQuestionId(tree, { code: 'no' }, 'python')).toBe('code');
    expect(previousQuestionId(tree, { code: 'yes', research: 'yes' }, 'phd')).toBe('research');
  });

  it('gives null for an off-path, not-yet-reached or unknown question', () => {
    expect(previousQuestionId(tree, { code: 'yes' }, 'python')).toBeNull();
    expect(previousQuestionId(tree, { code: 'no' }, 'research')).toBeNull();
    expect(previousQuestionId(tree, FULL_PATH, 'unknown')).toBeNull();
  });
});

describe('placeOf', () => {
  it('marks answered, current and off-path questions', () => {
    const answers: Answers = { code: 'no' };
    expect(placeOf(tree, answers, 'code')).toBe('answered');
    expect(placeOf(tree, answers, 'python')).toBe('current');
    expect(placeOf(tree, answers, 'research')).toBe('off-path');
    expect(placeOf(tree, answers, 'unknown')).toBe('off-path');
  });

  it('on every complete path: answered for the questions on it, off-path for the rest', () => {
    for (const answers of allPaths) {
      for (const question of tree.questions) {
        const expected = isOnPathBySpec(answers, question.id) ? 'answered' : 'off-path';
        expect(placeOf(tree, answers, question.id), `${describePath(answers)}: ${question.id}`).toBe(expected);
      }
    }
  });

  it('on every prefix of every path: the next question on the path is current', () => {
    for (const answers of allPaths) {
      const order = questionOrderBySpec(answers);
      for (let answered = 0; answered < order.length; answered += 1) {
        const prefix = Object.fromEntries(order.slice(0, answered).map((id) => [id, answers[id]!]));
        expect(placeOf(tree, prefix, order[answered]!), describePath(prefix)).toBe('current');
        for (const id of order.slice(0, answered)) expect(placeOf(tree, prefix, id)).toBe('answered');
      }
    }
  });
});

describe('pruneAnswers', () => {
  it('keeps every complete path as it is', () => {
    for (const answers of allPaths) expect(pruneAnswers(tree, answers)).toEqual(answers);
  });

  it('drops follow-ups the path does not reach', () => {
    expect(pruneAnswers(tree, { code: 'yes', python: 'yes', research: 'no', phd: 'yes' })).toEqual({ code: 'yes', research: 'no' });
  });

  it('keeps answers past an unanswered or invalid question', () => {
    expect(pruneAnswers(tree, { stakeholders: 'yes', python: 'no', phd: 'yes' })).toEqual({ stakeholders: 'yes', python: 'no', phd: 'yes' });
    expect(pruneAnswers(tree, { code: 'maybe', python: 'no' })).toEqual({ python: 'no' });
  });
});
