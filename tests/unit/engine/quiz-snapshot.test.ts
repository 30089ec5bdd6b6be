// quizSnapshot: everything a question page derives, from one walk. Checked by hand on a
// small tree, and against the one-fact-at-a-time engine functions on random trees.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  answeredPath,
  nextQuestion,
  placeOf,
  previousQuestionId,
  progress,
  quizSnapshot,
  type Answers,
  type QuestionFlow,
} from '../../../src/engine';
import { randomAnswers, randomTree } from './random-trees';

// start -> (left: detour -> finish | right: finish); finish ends. Longest path: 3 questions.
const flow: QuestionFlow = {
  start: 'start',
  questions: [
    {
      id: 'start',
      prompt: 'Start?',
      hint: '',
      options: [
        { id: 'left', label: 'Left', next: 'detour' },
        { id: 'right', label: 'Right', next: 'finish' },
      ],
    },
    { id: 'detour', prompt: 'Detour?', hint: '', options: [{ id: 'x', label: 'X' }, { id: 'y', label: 'Y' }], next: 'finish' },
    { id: 'finish', prompt: 'Finish?', hint: '', options: [{ id: 'p', label: 'P' }, { id: 'q', label: 'Q' }], next: null },
  ],
};

describe('quizSnapshot on a small tree', () => {
  it('shows the first question to someone with no answers', () => {
    const snapshot = quizSnapshot(flow, {}, 'start');
    expect(snapshot.question?.id).toBe('start');
    expect(snapshot.place).toBe('current');
    expect(snapshot.current?.id).toBe('start');
    expect(snapshot.path).toEqual([]);
    expect(snapshot.progress).toEqual({ answered: 0, position: 1, totalAtMost: 3 });
    expect(snapshot.position).toBe(1);
    expect(snapshot.previousId).toBeNull();
    expect(snapshot.nextId).toBeNull();
    expect(snapshot.redirect).toBeNull();
  });

  it('places an answered question on the path, with the questions before and after it', () => {
    const answers: Answers = { start: 'left', detour: 'y' };
    const snapshot = quizSnapshot(flow, answers, 'detour');
    expect(snapshot.place).toBe('answered');
    expect(snapshot.position).toBe(2);
    expect(snapshot.previousId).toBe('start');
    expect(snapshot.nextId).toBe('finish');
    expect(snapshot.current?.id).toBe('finish');
    expect(snapshot.path.map((step) => `${step.question.id}=${step.option.id}`)).toEqual(['start=left', 'detour=y']);
    expect(snapshot.progress).toEqual({ answered: 2, position: 3, totalAtMost: 3 });
  });

  it('shortens "at most" once the short branch is taken', () => {
    const snapshot = quizSnapshot(flow, { start: 'right' }, 'finish');
    expect(snapshot.place).toBe('current');
    expect(snapshot.position).toBe(2);
    expect(snapshot.previousId).toBe('start');
    expect(snapshot.progress.totalAtMost).toBe(2);
  });

  it('has no next question after the last answer of a complete path, and sends /quiz to the results', () => {
    const complete: Answers = { start: 'right', finish: 'q' };
    expect(quizSnapshot(flow, complete, 'finish')).toMatchObject({ place: 'answered', position: 2, nextId: null, current: null });
    expect(quizSnapshot(flow, complete, undefined).redirect).toEqual({ reason: 'no-question', toQuestionId: null });
  });

  it('redirects a question off the path, and an unknown one, to the current question', () => {
    const answers: Answers = { start: 'right' };
    const offPath = quizSnapshot(flow, answers, 'detour');
    expect(offPath.question?.id).toBe('detour');
    expect(offPath).toMatchObject({ place: 'off-path', position: null, previousId: null, nextId: null });
    expect(offPath.redirect).toEqual({ reason: 'off-path', toQuestionId: 'finish' });
    const unknown = quizSnapshot(flow, answers, 'nowhere');
    expect(unknown.question).toBeUndefined();
    expect(unknown.redirect).toEqual({ reason: 'unknown-question', toQuestionId: 'finish' });
  });

  it('ignores answers that are stray or off the path', () => {
    const snapshot = quizSnapshot(flow, { start: 'right', detour: 'x', finish: 'nonsense' }, 'finish');
    expect(snapshot.path.map((step) => step.question.id)).toEqual(['start']);
    expect(snapshot.place).toBe('current');
  });
});

describe('quizSnapshot agrees with the single-purpose engine functions', () => {
  it('on random trees, answers and requested pages', () => {
    const cases = randomTree.chain((tree) =>
      fc.tuple(
        fc.constant(tree),
        randomAnswers(tree),
        fc.option(fc.constantFrom(...tree.questions.map((question) => question.id), 'unknown'), { nil: undefined }),
      ),
    );
    fc.assert(
      fc.property(cases, ([tree, answers, requestedId]) => {
        const snapshot = quizSnapshot(tree, answers, requestedId);
        const path = answeredPath(tree, answers);
        const current = nextQuestion(tree, answers);
        expect(snapshot.path).toEqual(path);
        expect(snapshot.current).toEqual(current);
        expect(snapshot.progress).toEqual(progress(tree, answers));

        const exists = tree.questions.some((question) => question.id === requestedId);
        const place = requestedId !== undefined && exists ? placeOf(tree, answers, requestedId) : 'off-path';
        expect(snapshot.place).toBe(place);
        expect(snapshot.previousId).toBe(requestedId !== undefined && exists ? previousQuestionId(tree, answers, requestedId) : null);

        const answeredIndex = path.findIndex((step) => step.question.id === requestedId);
        const position = place === 'answered' ? answeredIndex + 1 : place === 'current' ? path.length + 1 : null;
        expect(snapshot.position).toBe(position);
        const after = place === 'answered' ? (path[answeredIndex + 1]?.question.id ?? current?.id ?? null) : null;
        expect(snapshot.nextId).toBe(after);

        const reason = requestedId === undefined ? 'no-question' : !exists ? 'unknown-question' : place === 'off-path' ? 'off-path' : null;
        expect(snapshot.redirect).toEqual(reason === null ? null : { reason, toQuestionId: current?.id ?? null });
      }),
      { numRuns: 300 },
    );
  });
});
