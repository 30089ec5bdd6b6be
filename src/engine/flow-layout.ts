// A drawing plan of the question flow: questions as nodes in rows, each option as an edge
// to where it leads, and one end node ("the results"). The row of a node is its longest
// distance from the start, so every edge points down the page; nodes of one row sit side
// by side in the flow's question order. Pure data: the screen turns it into SVG.
import { getQuestion, nextQuestionIdAfter } from './tree';
import type { OptionId, QuestionFlow, QuestionId } from './types';

export interface FlowNode {
  /** The question; null for the end of the quiz. */
  readonly questionId: QuestionId | null;
  /** 0 for the start; the longest number of answers from the start to here. */
  readonly row: number;
  /** 0-based place in its row, and how many nodes the row has. */
  readonly column: number;
  readonly columnCount: number;
}

export interface FlowEdge {
  readonly from: QuestionId;
  /** null: the end of the quiz. */
  readonly to: QuestionId | null;
  /** The options that lead this way, in the question's order (one edge per target). */
  readonly optionIds: readonly OptionId[];
  /** How many rows the edge goes down (1 for neighbouring rows). */
  readonly rowSpan: number;
}

export interface FlowLayout {
  /** Row by row, then by column; the end node last. */
  readonly nodes: readonly FlowNode[];
  /** In the flow's question order, then the order of the options. */
  readonly edges: readonly FlowEdge[];
  readonly rowCount: number;
}

const END_KEY = '\u0000end';
const keyOf = (id: QuestionId | null) => id ?? END_KEY;

/** Where each question reachable from the start leads, options grouped by target. */
function edgesOf(flow: QuestionFlow): Omit<FlowEdge, 'rowSpan'>[] {
  const reachable = new Set<QuestionId>();
  const queue: QuestionId[] = [flow.start];
  while (queue.length > 0) {
    const id = queue.shift() as QuestionId;
    const question = getQuestion(flow, id);
    if (reachable.has(id) || !question) continue;
    reachable.add(id);
    for (const option of question.options) {
      const next = nextQuestionIdAfter(question, option);
      if (next !== null) queue.push(next);
    }
  }
  return flow.questions
    .filter((question) => reachable.has(question.id))
    .flatMap((question) => {
      const byTarget = new Map<string, { to: QuestionId | null; optionIds: OptionId[] }>();
      for (const option of question.options) {
        const next = nextQuestionIdAfter(question, option);
        // A target that is not a question of the flow ends the quiz, as walking does.
        const to = next !== null && getQuestion(flow, next) ? next : null;
        const edge = byTarget.get(keyOf(to)) ?? { to, optionIds: [] };
        edge.optionIds.push(option.id);
        byTarget.set(keyOf(to), edge);
      }
      return [...byTarget.values()].map((edge) => ({ from: question.id, ...edge }));
    });
}

/**
 * The layout of `flow`. Rows are longest distances, found by relaxing edges in topological
 * order; questions on a cycle (which validateTree reports) are left out rather than looping.
 */
export function layoutFlow(flow: QuestionFlow): FlowLayout {
  const edges = edgesOf(flow);
  const incoming = new Map<string, number>();
  for (const edge of edges) incoming.set(keyOf(edge.to), (incoming.get(keyOf(edge.to)) ?? 0) + 1);
  const row = new Map<string, number>([[flow.start, 0]]);
  const ready: string[] = [flow.start];
  while (ready.length > 0) {
    const key = ready.shift() as string;
    for (const edge of edges) {
      if (edge.from !== key) continue;
      const target = keyOf(edge.to);
      row.set(target, Math.max(row.get(target) ?? 0, (row.get(key) ?? 0) + 1));
      const left = (incoming.get(target) ?? 0) - 1;
      incoming.set(target, left);
      if (left === 0) ready.push(target);
    }
  }
  const placed = edges.filter((edge) => row.has(edge.from) && row.has(keyOf(edge.to)) && (incoming.get(keyOf(edge.to)) ?? 0) <= 0);
  const nodeIds: (QuestionId | null)[] = [
    ...flow.questions.map((question) => question.id).filter((id) => row.has(id) && (incoming.get(id) ?? 0) <= 0),
    ...(row.has(END_KEY) && (incoming.get(END_KEY) ?? 0) <= 0 ? [null] : []),
  ];
  const rowCount = Math.max(0, ...nodeIds.map((id) => (row.get(keyOf(id)) ?? 0) + 1));
  const nodes: FlowNode[] = [];
  for (let current = 0; current < rowCount; current += 1) {
    const inRow = nodeIds.filter((id) => row.get(keyOf(id)) === current);
    inRow.forEach((questionId, column) => nodes.push({ questionId, row: current, column, columnCount: inRow.length }));
  }
  return {
    nodes,
    edges: placed.map((edge) => ({ ...edge, rowSpan: (row.get(keyOf(edge.to)) ?? 0) - (row.get(edge.from) ?? 0) })),
    rowCount,
  };
}
