// Model-based test of the quiz state: random sequences of what a person can do (answer,
// change an earlier answer, go back, reload, reload over damaged storage, open a shared
// link) against the real store, its persist storage in jsdom's localStorage and the
// ranking hook the screens use. After every step the invariants below must hold.
import fc from 'fast-check';
import { act, renderHook, type RenderHookResult } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import {
  answeredPath,
  answersToSearchParams,
  enumeratePaths,
  getQuestion,
  isComplete,
  nextQuestion,
  nextQuestionIdAfter,
  parseAnswers,
  placeOf,
  previousQuestionId,
  pruneAnswers,
  rankRoles,
  type Answers,
  type Question,
  type RankedRole,
} from '../../../src/engine';
import { questionTree as tree } from '../../../src/content/question-tree';
import { ROLE_IDS } from '../../../src/content/types';
import { readSaved, STORAGE_KEY, useAnswers, useQuizStore, type Notice } from '../../../src/state';
import { useRanking } from '../../../src/state/ranking';

interface Model {
  /** What the answers should be, kept by the test. */
  answers: Answers;
  /** The page the person is on: a question id, or null for the results. */
  view: string | null;
  notice: Notice | null;
}

interface Real {
  readonly hook: RenderHookResult<readonly RankedRole[], unknown>;
}

type Command = fc.AsyncCommand<Model, Real>;

const initialState = useQuizStore.getInitialState();
const allPaths = enumeratePaths(tree);

function question(id: string): Question {
  const found = getQuestion(tree, id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
}

const store = () => useQuizStore.getState();

/** A page reload: memory back to the initial state (without saving it), storage kept, saved progress read. */
async function reload(): Promise<void> {
  const raw = window.localStorage.getItem(STORAGE_KEY);
  useQuizStore.setState(initialState, true);
  window.localStorage.clear();
  if (raw !== null) window.localStorage.setItem(STORAGE_KEY, raw);
  await useQuizStore.persist.rehydrate();
}

/** What a reload would restore right now, read through the store's own validation. */
function restorableAnswers(): Answers {
  const raw = window.localStorage.getItem(STORAGE_KEY);
  if (raw === null) return {};
  const { saved, notice } = readSaved((JSON.parse(raw) as { state: unknown }).state);
  expect(notice).toBeNull();
  return saved.answers ?? {};
}

/** Where the quiz page sends someone whose viewed question is not on the path any more. */
function settle(model: Model): void {
  if (model.view !== null && placeOf(tree, model.answers, model.view) === 'off-path') {
    model.view = nextQuestion(tree, model.answers)?.id ?? null;
  }
  if (model.view === null && !isComplete(tree, model.answers)) model.view = nextQuestion(tree, model.answers)?.id ?? null;
}

function checkInvariants(model: Model, real: Real): void {
  const { answers, notice } = store();
  expect(answers).toEqual(model.answers);
  expect(notice).toBe(model.notice);

  // Stored answers are always pruned: nothing unknown, nothing off the reachable tree.
  expect(pruneAnswers(tree, answers)).toEqual(answers);

  // The current question is the one the path reaches; the viewed page is on the path.
  const current = nextQuestion(tree, answers);
  if (current) expect(placeOf(tree, answers, current.id)).toBe('current');
  else expect(isComplete(tree, answers)).toBe(true);
  if (model.view === null) expect(current).toBeNull();
  else expect(placeOf(tree, answers, model.view)).not.toBe('off-path');

  // The ranking the screens get equals the engine's, and lists all ten roles once each, ranks never decreasing.
  const ranking = real.hook.result.current;
  expect(ranking).toEqual(rankRoles(tree, answers));
  expect(ranking).toHaveLength(ROLE_IDS.length);
  expect(new Set(ranking.map((role) => role.roleId))).toEqual(new Set(ROLE_IDS));
  const ranks = ranking.map((role) => role.rank);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  ranks.forEach((rank, index) => expect(rank).toBeLessThanOrEqual(index + 1));

  // A reload would restore exactly these answers.
  expect(restorableAnswers()).toEqual(answers);
}

async function step(model: Model, real: Real, action: () => void | Promise<void>): Promise<void> {
  await act(async () => {
    await action();
  });
  checkInvariants(model, real);
}

class AnswerCurrent implements Command {
  constructor(readonly pick: number) {}
  check = (model: Readonly<Model>) => nextQuestion(tree, model.answers) !== null;
  async run(model: Model, real: Real) {
    const current = nextQuestion(tree, model.answers) as Question;
    const option = current.options[this.pick % current.options.length]!;
    const before = answeredPath(tree, model.answers);
    await step(model, real, () => {
      store().answer(current.id, option.id);
      model.answers = { ...model.answers, [current.id]: option.id };
      model.view = nextQuestion(tree, model.answers)?.id ?? null;
    });
    // Answering the current question keeps every answer before it.
    for (const { question: asked, option: chosen } of before) expect(store().answers[asked.id]).toBe(chosen.id);
  }
  toString = () => `answerCurrent(${this.pick})`;
}

class ChangeEarlier implements Command {
  constructor(
    readonly stepPick: number,
    readonly optionPick: number,
  ) {}
  check = (model: Readonly<Model>) => answeredPath(tree, model.answers).length > 0;
  async run(model: Model, real: Real) {
    const path = answeredPath(tree, model.answers);
    const { question: asked } = path[this.stepPick % path.length]!;
    const option = asked.options[this.optionPick % asked.options.length]!;
    const earlier = path.slice(0, path.findIndex((entry) => entry.question.id === asked.id));
    await step(model, real, () => {
      store().answer(asked.id, option.id);
      // A changed branch drops the answers it made unreachable; all the others stay.
      model.answers = pruneAnswers(tree, { ...model.answers, [asked.id]: option.id });
      model.view = nextQuestionIdAfter(asked, option);
      settle(model);
    });
    expect(store().answers[asked.id]).toBe(option.id);
    for (const { question: before, option: chosen } of earlier) expect(store().answers[before.id]).toBe(chosen.id);
  }
  toString = () => `changeEarlier(${this.stepPick}, ${this.optionPick})`;
}

class GoBack implements Command {
  check = () => true;
  async run(model: Model, real: Real) {
    const path = answeredPath(tree, model.answers);
    await step(model, real, () => {
      if (model.view === null) {
        model.view = path.at(-1)?.question.id ?? model.view;
        return;
      }
      const previous = previousQuestionId(tree, model.answers, model.view);
      if (previous === null) {
        // Only the first question has nothing before it.
        expect(model.view).toBe(tree.start);
        return;
      }
      // The previous question is the answered step just before the viewed one.
      const index = path.findIndex((entry) => entry.question.id === model.view);
      expect(previous).toBe(path[(index === -1 ? path.length : index) - 1]?.question.id);
      model.view = previous;
    });
  }
  toString = () => 'goBack';
}

class AnswerViewed implements Command {
  constructor(readonly pick: number) {}
  check = (model: Readonly<Model>) => model.view !== null;
  async run(model: Model, real: Real) {
    const viewed = question(model.view as string);
    const option = viewed.options[this.pick % viewed.options.length]!;
    await step(model, real, () => {
      store().answer(viewed.id, option.id);
      model.answers = pruneAnswers(tree, { ...model.answers, [viewed.id]: option.id });
      // The quiz moves on to the question this answer leads to (answered already or not).
      model.view = nextQuestionIdAfter(viewed, option);
      settle(model);
    });
  }
  toString = () => `answerViewed(${this.pick})`;
}

class Reload implements Command {
  check = () => true;
  async run(model: Model, real: Real) {
    await step(model, real, async () => {
      await reload();
      model.notice = null;
      settle(model);
    });
  }
  toString = () => 'reload';
}

/** Saved values a reload must survive: damaged ones start fresh, stale answers are pruned. */
const DAMAGED = ['{"state":', 'null', '42', '"text"', '{"state":null}', '{"state":{"answers":null},"version":1}', '[]', ''];

class CorruptThenReload implements Command {
  constructor(readonly damage: { kind: 'damaged'; raw: string } | { kind: 'stale'; version: number }) {}
  check = () => true;
  async run(model: Model, real: Real) {
    await step(model, real, async () => {
      if (this.damage.kind === 'damaged') {
        window.localStorage.setItem(STORAGE_KEY, this.damage.raw);
        model.answers = {};
        model.notice = 'saved-progress-reset';
      } else {
        // Progress saved by another version of the quiz: an answer to a question it no longer has.
        const state = { answers: { ...model.answers, 'retired-question': 'yes' }, shortcutsEnabled: true };
        window.localStorage.setItem(STORAGE_KEY, JSON.stringify({ state, version: this.damage.version }));
        model.notice = 'saved-answers-dropped';
      }
      const raw = window.localStorage.getItem(STORAGE_KEY);
      useQuizStore.setState(initialState, true);
      window.localStorage.setItem(STORAGE_KEY, raw as string);
      await useQuizStore.persist.rehydrate();
      settle(model);
    });
  }
  toString = () => `corruptThenReload(${JSON.stringify(this.damage)})`;
}

class OpenSharedLink implements Command {
  constructor(
    readonly pathPick: number,
    readonly length: number,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const full = allPaths[this.pathPick % allPaths.length]!;
    const steps = answeredPath(tree, full);
    const shared: Answers = Object.fromEntries(
      steps.slice(0, this.length % (steps.length + 1)).map((entry) => [entry.question.id, entry.option.id]),
    );
    const parsed = parseAnswers(tree, answersToSearchParams(tree, shared).toString());
    expect(parsed.problems).toEqual([]);
    expect(parsed.answers).toEqual(shared);
    await step(model, real, () => {
      store().loadAnswers(parsed.answers);
      model.answers = shared;
      model.view = nextQuestion(tree, shared)?.id ?? null;
    });
  }
  toString = () => `openSharedLink(${this.pathPick}, ${this.length})`;
}

const commands = [
  fc.nat(7).map((pick) => new AnswerCurrent(pick)),
  fc.tuple(fc.nat(5), fc.nat(7)).map(([stepPick, optionPick]) => new ChangeEarlier(stepPick, optionPick)),
  fc.constant(new GoBack()),
  fc.nat(7).map((pick) => new AnswerViewed(pick)),
  fc.constant(new Reload()),
  fc.oneof(
    fc.constantFrom(...DAMAGED).map((raw) => new CorruptThenReload({ kind: 'damaged', raw })),
    fc.constantFrom(0, 1, 99).map((version) => new CorruptThenReload({ kind: 'stale', version })),
  ),
  fc.tuple(fc.nat(allPaths.length - 1), fc.nat(6)).map(([pathPick, length]) => new OpenSharedLink(pathPick, length)),
];

let mounted: RenderHookResult<readonly RankedRole[], unknown> | null = null;

afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

describe('the quiz state under random sequences of actions', () => {
  test('keeps its invariants after every action', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 30 }), async (sequence) => {
        mounted?.unmount();
        window.localStorage.clear();
        useQuizStore.setState(initialState, true);
        window.localStorage.clear();
        await act(async () => {
          await useQuizStore.persist.rehydrate();
        });
        mounted = renderHook(() => useRanking(useAnswers()));
        const model: Model = { answers: {}, view: tree.start, notice: null };
        const real: Real = { hook: mounted };
        await fc.asyncModelRun(() => ({ model, real }), sequence);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
