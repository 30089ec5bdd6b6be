// fast-check generators of small, acyclic question trees for the engine's property tests:
// 2–5 questions with 2–3 options each; every `next` points to a later question or the end,
// set on the option, the question or both, so branches split and rejoin in every way.
import fc from 'fast-check';
import type { Answers, HoldBack, OptionId, Question, QuestionId, QuestionTree, Weight } from '../../../src/engine';

const OPTION_IDS = ['a', 'b', 'c'] as const;

/** A later question's index, or `count` for the end. */
const target = (index: number, count: number) => fc.integer({ min: index + 1, max: count });

function questionArbitrary(index: number, count: number): fc.Arbitrary<Question> {
  return fc
    .record({
      optionTargets: fc.array(fc.option(target(index, count), { nil: undefined }), { minLength: 2, maxLength: 3 }),
      questionTarget: fc.option(target(index, count), { nil: undefined }),
    })
    .map(({ optionTargets, questionTarget }) => {
      const idOf = (to: number): QuestionId | null => (to === count ? null : `q${to}`);
      return {
        id: `q${index}`,
        prompt: `Question ${index}`,
        hint: '',
        options: optionTargets.map((to, optionIndex) => ({
          id: OPTION_IDS[optionIndex] as OptionId,
          label: OPTION_IDS[optionIndex] as string,
          ...(to === undefined ? {} : { next: idOf(to) }),
        })),
        ...(questionTarget === undefined ? {} : { next: idOf(questionTarget) }),
      };
    });
}

export const randomTree: fc.Arbitrary<QuestionTree> = fc
  .integer({ min: 2, max: 5 })
  .chain((count) =>
    fc.record({
      questions: fc.tuple(...Array.from({ length: count }, (_, index) => questionArbitrary(index, count))),
      roleCount: fc.integer({ min: 2, max: 5 }),
      weights: fc.array(
        fc.record({
          question: fc.nat(count - 1),
          option: fc.nat(OPTION_IDS.length - 1),
          role: fc.nat(4),
          points: fc.integer({ min: -2, max: 4 }),
        }),
        { maxLength: 14 },
      ),
      holdBacks: fc.array(fc.record({ question: fc.nat(count - 1), option: fc.nat(OPTION_IDS.length - 1), role: fc.nat(4) }), {
        maxLength: 3,
      }),
    }),
  )
  .map(({ questions, roleCount, weights, holdBacks }) => {
    const roleIds = Array.from({ length: roleCount }, (_, index) => `r${index}`);
    const links: Weight[] = weights
      .filter(({ question, option, role }) => role < roleCount && questions[question]!.options.length > option)
      .map(({ question, option, role, points }) => ({
        questionId: `q${question}`,
        optionId: OPTION_IDS[option] as OptionId,
        roleId: `r${role}`,
        points,
        reason: `q${question}=${OPTION_IDS[option]}`,
      }));
    const heldBack: HoldBack[] = holdBacks
      .filter(({ question, option, role }) => role < roleCount && questions[question]!.options.length > option)
      .map(({ question, option, role }) => ({
        questionId: `q${question}`,
        optionId: OPTION_IDS[option] as OptionId,
        roleId: `r${role}`,
        text: `q${question}=${OPTION_IDS[option]} holds back r${role}`,
        brief: `held back by q${question}`,
      }));
    return { start: 'q0', questions, weights: links, caveats: [], holdBacks: heldBack, roleIds };
  });

/** Any answers for a tree: each question answered with one of its options, a stray option, or not at all. */
export function randomAnswers(tree: QuestionTree): fc.Arbitrary<Answers> {
  return fc
    .tuple(...tree.questions.map((question) => fc.option(fc.constantFrom(...question.options.map((option) => option.id), 'stray'), { nil: undefined })))
    .map((chosen) => {
      const answers: Record<QuestionId, OptionId> = {};
      chosen.forEach((optionId, index) => {
        if (optionId !== undefined) answers[tree.questions[index]!.id] = optionId;
      });
      return answers;
    });
}
