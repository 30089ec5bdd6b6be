// Each weight of the real tree names the article its reason rests on (shown on the
// "How the recommendations work" page): the guide's self-check questions are the career
// guide's, and every source is one of the two articles the app is built from.
import { describe, expect, it } from 'vitest';
import { questionTree, sourcedWeights } from '../../src/content/question-tree';
import { sources } from '../../src/content/sources';

const SELF_CHECK_QUESTIONS = ['code', 'research', 'stakeholders'];

describe('weight sources', () => {
  it('are the tree’s weights, each citing a primary article', () => {
    expect(questionTree.weights).toBe(sourcedWeights);
    for (const weight of sourcedWeights) expect(sources[weight.sourceId].primary, `${weight.questionId}=${weight.optionId} → ${weight.roleId}`).toBe(true);
  });

  it('credit the career guide with its self-check', () => {
    const selfCheck = sourcedWeights.filter((weight) => SELF_CHECK_QUESTIONS.includes(weight.questionId));
    expect(selfCheck.length).toBeGreaterThan(0);
    for (const weight of selfCheck) expect(weight.sourceId).toBe('career-guide');
  });
});
