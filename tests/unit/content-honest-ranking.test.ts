// The real tree's answers shape the ranking as the sources mean them (ADR 0011): a No to
// code is the guide's primary split, a No to learning Python keeps the roles built on Python
// out of the top three, every such role says why, and each rule quotes the line it rests on.
// Then personas written from the sources, each with the line its expectation rests on.
import { describe, expect, it } from 'vitest';
import { isComplete, rankRoles, type Answers, type RankedRole } from '../../src/engine';
import { getRole, roles, sourcedHoldBacks, sources } from '../../src/content';
import { readSeed } from '../support/seeds';
import { allPaths, describePath, roleIn, tree } from './content-tree-spec';

/** Roles whose core skills in the skills article's role table include Python itself. */
const PYTHON_CORE_ROLES = roles.filter((role) => role.coreSkillIds.includes('python')).map((role) => role.id);
/** Roles whose core skills need any Python: Python itself or Python basics. */
const NEEDS_SOME_PYTHON = roles.filter((role) => role.coreSkillIds.some((id) => id === 'python' || id === 'python-basics')).map((role) => role.id);
/** The guide's "Do you love writing code? → Yes" list, less the LLM engineer that the skills article opens to Python learners. */
const CODE_LOVERS_ONLY = ['ml-engineer', 'mlops-engineer'];

const inTopThree = (ranking: readonly RankedRole[]) => ranking.filter((role, index) => index < 3 || role.rank <= 3).map((role) => role.roleId);

describe('hold-backs of the real tree', () => {
  it('are the tree’s, each citing a primary article and quoting a line that article prints', () => {
    expect(tree.holdBacks).toBe(sourcedHoldBacks);
    for (const holdBack of sourcedHoldBacks) {
      const where = `${holdBack.questionId}=${holdBack.optionId} holds back ${holdBack.roleId}`;
      expect(sources[holdBack.sourceId].primary, where).toBe(true);
      expect(readSeed(holdBack.sourceId), where).toContain(holdBack.sourceLine);
    }
  });

  it('hold back on python=no exactly the roles whose core skills include Python, each quoting its row or the article’s offer', () => {
    const heldByPython = sourcedHoldBacks.filter((holdBack) => holdBack.questionId === 'python' && holdBack.optionId === 'no');
    expect(heldByPython.map((holdBack) => holdBack.roleId).sort()).toEqual([...PYTHON_CORE_ROLES].sort());
    expect(PYTHON_CORE_ROLES.sort()).toEqual(['ai-engineer-llm', 'ai-research-scientist', 'data-scientist', 'ml-engineer']);
    for (const holdBack of heldByPython) expect(holdBack.sourceLine, holdBack.roleId).toMatch(/Python/);
  });

  it('hold back on code=no the engineering roles the guide lists only for people who love code', () => {
    const heldByCode = sourcedHoldBacks.filter((holdBack) => holdBack.questionId === 'code' && holdBack.optionId === 'no');
    expect(heldByCode.map((holdBack) => holdBack.roleId).sort()).toEqual([...CODE_LOVERS_ONLY].sort());
    for (const holdBack of heldByCode) {
      expect(holdBack.sourceId).toBe('career-guide');
      expect(holdBack.sourceLine).toMatch(/^Do you love writing code for its own sake\? → Yes:/);
    }
  });
});

describe('on every path', () => {
  const pythonNo = allPaths.filter((answers) => answers.python === 'no');
  const pythonYes = allPaths.filter((answers) => answers.python === 'yes');

  it('a No to learning Python keeps every Python-core role and the guide’s code-lover roles out of the top three, joint places included', () => {
    expect(pythonNo).toHaveLength(48);
    const kept = [...new Set([...PYTHON_CORE_ROLES, ...CODE_LOVERS_ONLY, 'ai-engineer-llm'])];
    for (const answers of pythonNo) {
      const top = inTopThree(rankRoles(tree, answers));
      for (const roleId of kept) expect(top, describePath(answers)).not.toContain(roleId);
    }
  });

  it('a No to learning Python gives every role that needs any Python a caveat that names the answer', () => {
    for (const answers of pythonNo) {
      const ranking = rankRoles(tree, answers);
      for (const roleId of NEEDS_SOME_PYTHON) {
        const notes = [...tree.holdBacks, ...tree.caveats].filter(
          (note) => note.roleId === roleId && note.questionId === 'python' && note.optionId === 'no',
        );
        expect(notes, roleId).not.toHaveLength(0);
        for (const note of notes) {
          expect(note.text).toMatch(/learn Python/);
          expect(roleIn(ranking, roleId).caveats.map((caveat) => caveat.text), `${describePath(answers)}: ${roleId}`).toContain(note.text);
        }
      }
    }
  });

  it('a No to code keeps ML Engineer and MLOps Engineer out of the top three, and a Yes to Python keeps the LLM path open', () => {
    for (const answers of allPaths.filter((path) => path.code === 'no')) {
      const ranking = rankRoles(tree, answers);
      for (const roleId of CODE_LOVERS_ONLY) {
        expect(roleIn(ranking, roleId).heldBack, describePath(answers)).toBe(true);
        expect(inTopThree(ranking), describePath(answers)).not.toContain(roleId);
      }
    }
    for (const answers of pythonYes) expect(roleIn(rankRoles(tree, answers), 'ai-engineer-llm').heldBack).toBe(false);
  });

  it('a Yes to code holds nothing back', () => {
    for (const answers of allPaths.filter((path) => path.code === 'yes')) {
      expect(rankRoles(tree, answers).filter((role) => role.heldBack), describePath(answers)).toEqual([]);
    }
  });
});

interface Persona {
  readonly who: string;
  readonly answers: Answers;
  /** The first three roles listed, with their shared ranks. */
  readonly topThree: readonly (readonly [string, number])[];
  readonly sourceId: 'career-guide' | 'skills-article';
  /** The line the expectation rests on, as the source prints it. */
  readonly sourceLine: string;
}

const PERSONAS: readonly Persona[] = [
  {
    who: 'a lawyer who does not code and will not learn Python',
    answers: { code: 'no', python: 'no', research: 'no', stakeholders: 'yes', background: 'law-policy' },
    topThree: [
      ['ai-product-manager', 1],
      ['ai-ethics-policy', 2],
      ['prompt-engineer', 3],
    ],
    sourceId: 'skills-article',
    sourceLine: 'AI ethics and policy roles are a good fit for lawyers, policy professionals, and ethicists.',
  },
  {
    who: 'a product manager who will not learn Python',
    answers: { code: 'no', python: 'no', research: 'no', stakeholders: 'yes', background: 'product' },
    topThree: [
      ['ai-product-manager', 1],
      ['ai-ethics-policy', 2],
      ['ai-solutions-specialist', 3],
    ],
    sourceId: 'career-guide',
    sourceLine: 'Who it suits: Existing product managers who want to transition into AI',
  },
  {
    who: 'a backend developer who loves code and prefers building to research',
    answers: { code: 'yes', research: 'no', stakeholders: 'no', background: 'software' },
    topThree: [
      ['mlops-engineer', 1],
      ['ml-engineer', 2],
      ['ai-engineer-llm', 3],
    ],
    sourceId: 'career-guide',
    sourceLine: 'Who it suits: Software/DevOps engineers who want to move into AI without becoming researchers.',
  },
  {
    who: 'a PhD researcher',
    answers: { code: 'yes', research: 'yes', phd: 'yes', stakeholders: 'no', background: 'academic' },
    topThree: [
      ['ai-research-scientist', 1],
      ['ai-safety-researcher', 2],
      ['ml-engineer', 2],
    ],
    sourceId: 'skills-article',
    sourceLine: 'For ML research roles at major labs: almost universally yes — a PhD or strong master\'s is expected.',
  },
  {
    who: 'a student who does not love code but will learn Python',
    answers: { code: 'no', python: 'yes', research: 'no', stakeholders: 'no', background: 'student' },
    topThree: [
      ['prompt-engineer', 1],
      ['ai-engineer-llm', 2],
      ['data-scientist', 2],
    ],
    sourceId: 'skills-article',
    sourceLine: 'For people willing to learn Python, AI engineering via the LLM application path (APIs, RAG, agents) requires less mathematical background than traditional ML',
  },
  {
    who: 'a student who does not love code and will not learn Python',
    answers: { code: 'no', python: 'no', research: 'no', stakeholders: 'no', background: 'student' },
    topThree: [
      ['ai-product-manager', 1],
      ['ai-ethics-policy', 1],
      ['prompt-engineer', 3],
    ],
    sourceId: 'career-guide',
    sourceLine: 'Do you love writing code for its own sake? → Yes: ML Engineer, MLOps, NLP/LLM Engineer → No: AI PM, Prompt Engineer, Ethics/Safety (policy track)',
  },
];

describe('personas written from the sources', () => {
  it.each(PERSONAS)('$who: the top three rest on a line of the $sourceId', ({ answers, topThree, sourceId, sourceLine }) => {
    expect(readSeed(sourceId)).toContain(sourceLine);
    expect(isComplete(tree, answers)).toBe(true);
    const listed = rankRoles(tree, answers)
      .slice(0, 3)
      .map((role) => [role.roleId, role.rank] as const);
    expect(listed).toEqual(topThree);
    for (const [roleId] of topThree) expect(getRole(roleId), roleId).toBeDefined();
  });
});
