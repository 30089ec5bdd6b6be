// The real question tree's facts, on every complete path one by one (no sampling): its
// 144 paths, the guide's six statements, every role in the top three somewhere, its
// caveats, labels and progress. The engine's behaviour on any tree: tests/unit/engine.
import { describe, it, expect } from 'vitest';
import {
  answeredPath,
  isComplete,
  longestPathLength,
  MATCH_THRESHOLDS,
    nextQuestion,
  nextQuestionIdAfter,
  progress,
  rankRoles,
  remainingAtMost,
  topRoleIds,
  validateTree,
  describeProblem,
  type Answers,
  type MatchLabel,
} from '../../src/engine';
import {
  allPaths,
  describePath,
  optionIds,
  question,
  questionOrderBySpec,
  reorderKeys,
  roleIds,
  roleIn,
  tree,
  withChangedAnswer,
} from './content-tree-spec';

/** The band a score falls in: of the thresholds it reaches, the one with the highest minimum. */
function expectedLabel(score: number, heldBack: boolean): MatchLabel {
  if (heldBack) return 'held-back';
  const reached = MATCH_THRESHOLDS.filter((threshold) => score >= threshold.minScore);
  return reached.reduce((best, threshold) => (threshold.minScore > best.minScore ? threshold : best)).label;
}

describe('the real tree is sound', () => {
  it('passes the validator with no problems', () => {
    expect(validateTree(tree).map(describeProblem)).toEqual([]);
  });
});

describe('enumeratePaths on the real tree', () => {
  it('finds exactly 144 complete paths: 3 code/python prefixes × 3 research/phd prefixes × 2 stakeholders × 8 backgrounds', () => {
    // The shape the count rests on: code=yes skips python, code=no asks it; research=yes asks phd, research=no skips it.
    expect(nextQuestionIdAfter(question('code'), question('code').options[0]!)).toBe('research');
    expect(optionIds('code')).toEqual(['yes', 'no']);
    expect(question('code').options.map((option) => nextQuestionIdAfter(question('code'), option))).toEqual(['research', 'python']);
    expect(question('research').options.map((option) => nextQuestionIdAfter(question('research'), option))).toEqual(['phd', 'stakeholders']);

    // code=yes (1 way) or code=no followed by each python answer.
    const codePrefixes = 1 + optionIds('python').length;
    // research=no (1 way) or research=yes followed by each phd answer.
    const researchPrefixes = 1 + optionIds('phd').length;
    const expected = codePrefixes * researchPrefixes * optionIds('stakeholders').length * optionIds('background').length;

    expect([codePrefixes, researchPrefixes, optionIds('stakeholders').length, optionIds('background').length]).toEqual([3, 3, 2, 8]);
    expect(expected).toBe(144);
    expect(allPaths).toHaveLength(expected);
  });

  it('lists every path once', () => {
    const names = new Set(allPaths.map(describePath));
    expect(names.size).toBe(allPaths.length);
  });

  it('gives only valid options, and only for the questions the spec puts on that path', () => {
    for (const answers of allPaths) {
      expect(Object.keys(answers).sort(), describePath(answers)).toEqual(questionOrderBySpec(answers).sort());
      for (const [questionId, optionId] of Object.entries(answers)) {
        expect(optionIds(questionId), describePath(answers)).toContain(optionId);
      }
    }
  });
});

describe('every complete path', () => {
  it('is complete: no next question and nothing remaining', () => {
    for (const answers of allPaths) {
      expect(isComplete(tree, answers), describePath(answers)).toBe(true);
      expect(nextQuestion(tree, answers), describePath(answers)).toBeNull();
      expect(remainingAtMost(tree, answers), describePath(answers)).toBe(0);
    }
  });

  it('is incomplete with its last answer removed', () => {
    for (const answers of allPaths) {
      const order = questionOrderBySpec(answers);
      const last = order[order.length - 1]!;
      const partial = Object.fromEntries(Object.entries(answers).filter(([id]) => id !== last));
      expect(isComplete(tree, partial), describePath(answers)).toBe(false);
      expect(nextQuestion(tree, partial)?.id, describePath(answers)).toBe(last);
    }
  });

  it('has an answeredPath that follows the tree from the start to the end', () => {
    for (const answers of allPaths) {
      const steps = answeredPath(tree, answers);
      expect(steps.map((step) => step.question.id), describePath(answers)).toEqual(questionOrderBySpec(answers));
      expect(steps[0]?.question.id).toBe(tree.start);
      steps.forEach((step, index) => {
        expect(step.option.id).toBe(answers[step.question.id]);
        const next = nextQuestionIdAfter(step.question, step.option);
        expect(next, describePath(answers)).toBe(steps[index + 1]?.question.id ?? null);
      });
    }
  });

  it('ranks all ten roles exactly once; a rank is shared by roles level on it and skips the places they take', () => {
    expect(roleIds).toHaveLength(10);
    for (const answers of allPaths) {
      const ranking = rankRoles(tree, answers);
      // The rank is one more than the number of roles strictly ahead: not held back when this one is, or more points.
      const ahead = (role: (typeof ranking)[number]) =>
        ranking.filter((other) => (role.heldBack && !other.heldBack) || (other.heldBack === role.heldBack && other.score > role.score)).length;
      expect(ranking.map((role) => role.rank), describePath(answers)).toEqual(ranking.map((role) => ahead(role) + 1));
      expect([...ranking.map((role) => role.roleId)].sort(), describePath(answers)).toEqual([...roleIds].sort());
    }
  });

  it('lists roles not held back first, then by score, then by number of reasons, then by catalogue order', () => {
    for (const answers of allPaths) {
      const ranking = rankRoles(tree, answers);
      for (let index = 1; index < ranking.length; index += 1) {
        const before = ranking[index - 1]!;
        const after = ranking[index]!;
        const key = (role: typeof before) => [Number(role.heldBack), -role.score, -role.reasons.length, roleIds.indexOf(role.roleId)];
        const [a, b] = [key(before), key(after)];
        const firstDifference = a.findIndex((value, position) => value !== b[position]);
        const inOrder = firstDifference !== -1 && a[firstDifference]! < b[firstDifference]!;
        expect(inOrder, `${describePath(answers)}: ${before.roleId} before ${after.roleId}`).toBe(true);
      }
    }
  });

  it('scores each role as the sum of the weights its answers carry', () => {
    for (const answers of allPaths) {
      for (const role of rankRoles(tree, answers)) {
        const expected = tree.weights
          .filter((weight) => weight.roleId === role.roleId && answers[weight.questionId] === weight.optionId)
          .reduce((sum, weight) => sum + weight.points, 0);
        expect(role.score, `${describePath(answers)}: ${role.roleId}`).toBe(expected);
      }
    }
  });

  it('ranks deterministically: twice, and with the answers in any key order', () => {
    for (const answers of allPaths) {
      const first = rankRoles(tree, answers);
      expect(rankRoles(tree, answers)).toEqual(first);
      for (let shift = 0; shift < Object.keys(answers).length; shift += 1) {
        const reordered = reorderKeys(answers, shift);
        expect(Object.keys(reordered)).not.toEqual(Object.keys(answers));
        expect(rankRoles(tree, reordered), describePath(answers)).toEqual(first);
      }
    }
  });

  it('ignores answers that are not on the path', () => {
    const answers: Answers = { code: 'yes', research: 'no', stakeholders: 'yes', background: 'data' };
    expect(rankRoles(tree, { ...answers, python: 'yes', phd: 'yes' })).toEqual(rankRoles(tree, answers));
  });
});

/** The career guide's self-check: each answer to the three yes/no questions favours these roles. */
const GUIDE_STATEMENTS = [
  { questionId: 'code', optionId: 'yes', favours: ['ml-engineer', 'mlops-engineer', 'ai-engineer-llm'] },
  { questionId: 'code', optionId: 'no', favours: ['ai-product-manager', 'prompt-engineer', 'ai-ethics-policy'] },
  { questionId: 'research', optionId: 'yes', favours: ['ai-research-scientist', 'ai-safety-researcher'] },
  { questionId: 'research', optionId: 'no', favours: ['ml-engineer', 'data-scientist', 'mlops-engineer'] },
  { questionId: 'stakeholders', optionId: 'yes', favours: ['data-scientist', 'ai-product-manager', 'ai-solutions-specialist'] },
  { questionId: 'stakeholders', optionId: 'no', favours: ['ai-research-scientist', 'mlops-engineer', 'ml-engineer'] },
] as const;

describe("the guide's six yes/no statements hold on every path", () => {
  const pathNames = new Set(allPaths.map(describePath));

  it.each(GUIDE_STATEMENTS)('$questionId=$optionId scores $favours strictly higher than the other answer', ({ questionId, optionId, favours }) => {
    const otherOption = optionIds(questionId).find((id) => id !== optionId)!;
    const counterparts = new Set<string>();
    for (const answers of allPaths.filter((path) => path[questionId] === optionId)) {
      const chosen = rankRoles(tree, answers);
      // code=no adds python and research=yes adds phd: compare against every way of answering it.
      for (const other of withChangedAnswer(answers, questionId, otherOption)) {
        expect(pathNames.has(describePath(other)), `${describePath(other)} is a complete path`).toBe(true);
        expect(isComplete(tree, other)).toBe(true);
        const otherRanking = rankRoles(tree, other);
        for (const roleId of favours) {
          const message = `${roleId}: ${describePath(answers)} vs ${describePath(other)}`;
          expect(roleIn(chosen, roleId).score, message).toBeGreaterThan(roleIn(otherRanking, roleId).score);
        }
        counterparts.add(describePath(other));
      }
    }
    // Every path with the other answer was some path's counterpart, so no path went unchecked.
    const pathsWithOtherAnswer = allPaths.filter((path) => path[questionId] === otherOption).map(describePath);
    expect(pathsWithOtherAnswer.length).toBeGreaterThan(0);
    expect([...counterparts].sort()).toEqual(pathsWithOtherAnswer.sort());
  });
});

describe('reach of the ranking', () => {
  it('puts every role in the top three on at least one path', () => {
    const inTopThree = new Set(allPaths.flatMap((answers) => [...topRoleIds(rankRoles(tree, answers))]));
    for (const roleId of roleIds) expect(inTopThree.has(roleId), roleId).toBe(true);
  });
});

describe('reasons and caveats', () => {
  it('gives only reasons that refer to an answer on the path, in path order', () => {
    for (const answers of allPaths) {
      const order = questionOrderBySpec(answers);
      for (const role of rankRoles(tree, answers)) {
        const positions = role.reasons.map((reason) => order.indexOf(reason.questionId));
        for (const reason of role.reasons) {
          expect(order, `${describePath(answers)}: ${role.roleId}`).toContain(reason.questionId);
          expect(answers[reason.questionId], `${describePath(answers)}: ${role.roleId}`).toBe(reason.optionId);
          expect(reason.text.length).toBeGreaterThan(0);
        }
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
        expect(role.reasons.reduce((sum, reason) => sum + reason.points, 0)).toBe(role.score);
      }
    }
  });

  it('gives every reason the tree has for the answers on the path', () => {
    for (const answers of allPaths) {
      const ranking = rankRoles(tree, answers);
      for (const weight of tree.weights) {
        if (answers[weight.questionId] !== weight.optionId) continue;
        expect(roleIn(ranking, weight.roleId).reasons.map((reason) => reason.text), describePath(answers)).toContain(weight.reason);
      }
    }
  });

  it('adds the no-PhD caveat to ai-research-scientist when phd=no, and still ranks the role', () => {
    const phdCaveat = tree.caveats.find(
      (caveat) => caveat.questionId === 'phd' && caveat.optionId === 'no' && caveat.roleId === 'ai-research-scientist',
    );
    expect(phdCaveat).toBeDefined();
    const withNoPhd = allPaths.filter((answers) => answers.phd === 'no');
    expect(withNoPhd).toHaveLength(48);
    for (const answers of allPaths) {
      const ranking = rankRoles(tree, answers);
      expect(ranking).toHaveLength(10);
      const scientist = roleIn(ranking, 'ai-research-scientist');
      expect(scientist.caveats.some((caveat) => caveat.text === phdCaveat!.text), describePath(answers)).toBe(answers.phd === 'no');
    }
  });

  it('gives every caveat and hold-back a brief form: a few words, shorter than the full text', () => {
    for (const note of [...tree.holdBacks, ...tree.caveats]) {
      expect(note.brief.split(' ').length, note.brief).toBeLessThanOrEqual(12);
      expect(note.brief.length, note.brief).toBeLessThan(note.text.length);
    }
  });

  it('shows a caveat or hold-back exactly when its answer is on the path, in path order', () => {
    for (const answers of allPaths) {
      const order = questionOrderBySpec(answers);
      for (const role of rankRoles(tree, answers)) {
        // A hold-back's text comes before the caveats of the same answer.
        const expected = [...tree.holdBacks, ...tree.caveats]
          .filter((caveat) => caveat.roleId === role.roleId && answers[caveat.questionId] === caveat.optionId)
          .sort((a, b) => order.indexOf(a.questionId) - order.indexOf(b.questionId))
          .map(({ text, brief }) => ({ text, brief }));
        expect(role.caveats, `${describePath(answers)}: ${role.roleId}`).toEqual(expected);
      }
    }
  });
});

describe('match labels', () => {
  it('label every ranked role on every path by its score, or as held back', () => {
    const seen = new Set<MatchLabel>();
    for (const answers of allPaths) {
      for (const role of rankRoles(tree, answers)) {
        expect(role.match, `${describePath(answers)}: ${role.roleId} scores ${role.score}`).toBe(expectedLabel(role.score, role.heldBack));
        seen.add(role.match);
      }
    }
    // The real tree uses every band somewhere, so the check above is not vacuous.
    expect([...seen].sort()).toEqual(['good', 'held-back', 'possible', 'strong', 'weak']);
  });
});

describe('progress and length', () => {
  it('has a longest path of 6 questions', () => {
    expect(longestPathLength(tree)).toBe(6);
    expect(Math.max(...allPaths.map((answers) => Object.keys(answers).length))).toBe(6);
  });

  it('starts at position 1 of at most 6', () => {
    expect(progress(tree, {})).toEqual({ position: 1, totalAtMost: 6, answered: 0 });
    expect(remainingAtMost(tree, {})).toBe(6);
  });

  it('is at position 2 of at most 6 after code=no, and 2 of at most 5 after code=yes', () => {
    expect(progress(tree, { code: 'no' })).toEqual({ position: 2, totalAtMost: 6, answered: 1 });
    expect(progress(tree, { code: 'yes' })).toEqual({ position: 2, totalAtMost: 5, answered: 1 });
    expect(remainingAtMost(tree, { code: 'no' })).toBe(5);
    expect(remainingAtMost(tree, { code: 'yes' })).toBe(4);
  });

  it('moves one step per answer along every path and never underestimates what is left', () => {
    for (const answers of allPaths) {
      const order = questionOrderBySpec(answers);
      for (let answered = 0; answered <= order.length; answered += 1) {
        const prefix = Object.fromEntries(order.slice(0, answered).map((id) => [id, answers[id]!]));
        const done = answered === order.length;
        const step = progress(tree, prefix);
        expect(step.answered).toBe(answered);
        expect(step.position).toBe(done ? answered : answered + 1);
        expect(step.totalAtMost).toBe(answered + remainingAtMost(tree, prefix));
        expect(step.totalAtMost, describePath(prefix)).toBeGreaterThanOrEqual(order.length);
        expect(step.totalAtMost).toBeLessThanOrEqual(6);
        if (done) expect(step.totalAtMost).toBe(order.length);
      }
    }
  });
});
