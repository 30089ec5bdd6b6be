// The skill relations compare shows ("both list AI/ML literacy, worded differently") are data
// with their source lines: each names catalogue skills printed on the lines it cites, and no
// two skills are related only by a guess at run time.
import { describe, expect, it } from 'vitest';
import { getSkill, skillRelations } from '../../src/content';
import { readSeed } from '../support/seeds';

describe('skill relations', () => {
  const seedLines = (sourceId: Parameters<typeof readSeed>[0]) => readSeed(sourceId).split('\n');

  it('each relate two or more catalogue skills under a topic of their own', () => {
    expect(new Set(skillRelations.map((relation) => relation.topic)).size).toBe(skillRelations.length);
    for (const relation of skillRelations) {
      expect(relation.skillIds.length, relation.topic).toBeGreaterThanOrEqual(2);
      expect(new Set(relation.skillIds).size, relation.topic).toBe(relation.skillIds.length);
      for (const id of relation.skillIds) expect(getSkill(id), `${relation.topic}: ${id}`).toBeDefined();
    }
  });

  it('cite the source lines that print every related skill, and only such lines', () => {
    for (const relation of skillRelations) {
      const lines = relation.sourceLines.map((number) => seedLines(relation.sourceId)[number - 1] ?? '');
      for (const id of relation.skillIds) {
        const printed = getSkill(id)!.name;
        // The role table prints core skills in running text, so a short name may sit mid-line in any case.
        expect(lines.some((line) => line.toLowerCase().includes(printed.toLowerCase())), `${relation.topic}: “${printed}”`).toBe(true);
      }
      for (const [index, line] of lines.entries()) {
        expect(
          relation.skillIds.some((id) => line.toLowerCase().includes(getSkill(id)!.name.toLowerCase())),
          `${relation.topic}: line ${relation.sourceLines[index]} prints none of its skills`,
        ).toBe(true);
      }
    }
  });

  it('keep Python and Python basics apart: a different depth', () => {
    const pythonRelations = skillRelations.filter((relation) => relation.skillIds.includes('python'));
    for (const relation of pythonRelations) expect(relation.skillIds).not.toContain('python-basics');
  });
});
