// The question flow drawn as SVG from layoutFlow: questions as boxes row by row, options as
// labelled arrows, the results at the bottom. Decorative for assistive technology: the list
// beside it (FlowSteps) says the same in words. Colours come from CSS classes only.
import { useId } from 'react';
import { getOption, getQuestion, layoutFlow, type FlowEdge, type FlowNode, type QuestionFlow } from '../../engine';
import { m } from '../../i18n';

const WIDTH = 400;
const MARGIN = 50;
const PAD = 8;
const ROW_HEIGHT = 96;
const NODE_HEIGHT = 56;
const LINE_HEIGHT = 16;
/** Roughly how wide a character of the node text is, in viewBox units. */
const CHAR_WIDTH = 7.2;

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

function boxOf(node: FlowNode): Box {
  const slot = (WIDTH - 2 * MARGIN) / node.columnCount;
  const gap = node.columnCount > 1 ? 12 : 0;
  return { x: MARGIN + node.column * slot + gap / 2, y: PAD + node.row * ROW_HEIGHT, width: slot - gap };
}

/** Words wrapped into lines of at most `maxChars` (a longer word gets a line of its own). */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function edgeLabel(flow: QuestionFlow, edge: FlowEdge): string {
  const question = getQuestion(flow, edge.from);
  if (question && edge.optionIds.length === question.options.length && edge.optionIds.length > 2) return m.how_it_works_flow_any_answer();
  const labels = edge.optionIds.map((id) => (question ? getOption(question, id)?.label : undefined) ?? id);
  // "Yes or No"; more than two read "A or B or C", each pair through the message.
  const [first = '', ...rest] = labels;
  return rest.reduce((either, second) => m.how_it_works_flow_either({ first: either, second }), first);
}

export function FlowDiagram({ flow }: { flow: QuestionFlow }) {
  const arrowId = `${useId()}-arrow`;
  const arrowEnd = `url(#${arrowId})`;
  const layout = layoutFlow(flow);
  const boxes = new Map(layout.nodes.map((node) => [node.questionId, boxOf(node)]));
  const height = PAD * 2 + (layout.rowCount - 1) * ROW_HEIGHT + NODE_HEIGHT;
  let skips = 0;

  return (
    <svg className="flow-diagram" viewBox={`0 0 ${WIDTH} ${height}`} aria-hidden="true" focusable="false">
      <defs>
        <marker id={arrowId} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" className="flow-diagram__arrowhead" />
        </marker>
      </defs>
      {layout.edges.map((edge) => {
        const from = boxes.get(edge.from);
        const to = boxes.get(edge.to);
        if (!from || !to) return null;
        const label = edgeLabel(flow, edge);
        const key = `${edge.from}-${edge.to ?? 'end'}`;
        if (edge.rowSpan === 1) {
          const x1 = from.x + from.width / 2;
          const x2 = to.x + to.width / 2;
          const y1 = from.y + NODE_HEIGHT;
          const y2 = to.y;
          return (
            <g key={key}>
              <path d={['M', x1, y1, 'L', x2, y2].join(' ')} className="flow-diagram__edge" markerEnd={arrowEnd} />
              <text x={(x1 + x2) / 2 + 6} y={(y1 + y2) / 2 + 4} className="flow-diagram__label">
                {label}
              </text>
            </g>
          );
        }
        // An edge that skips rows bends round the boxes between, on alternate sides.
        const right = skips++ % 2 === 0;
        const side = (box: Box) => (right ? box.x + box.width : box.x);
        const [x1, x2] = [side(from), side(to)];
        const [y1, y2] = [from.y + NODE_HEIGHT / 2, to.y + NODE_HEIGHT / 2];
        const bend = right ? WIDTH - PAD : PAD;
        const apex = 0.25 * ((x1 + x2) / 2) + 0.75 * bend;
        return (
          <g key={key}>
            <path d={['M', x1, y1, 'C', bend, y1, bend, y2, x2, y2].join(' ')} className="flow-diagram__edge" markerEnd={arrowEnd} />
            <text x={right ? apex - 4 : apex + 4} y={(y1 + y2) / 2 + 4} textAnchor={right ? 'end' : 'start'} className="flow-diagram__label">
              {label}
            </text>
          </g>
        );
      })}
      {layout.nodes.map((node) => {
        const box = boxOf(node);
        const text = node.questionId === null ? m.how_it_works_flow_results() : (getQuestion(flow, node.questionId)?.prompt ?? node.questionId);
        const lines = wrapWords(text, Math.floor((box.width - 16) / CHAR_WIDTH));
        const firstLineY = box.y + NODE_HEIGHT / 2 - ((lines.length - 1) * LINE_HEIGHT) / 2 + 4;
        return (
          <g key={node.questionId ?? 'end'}>
            <rect
              x={box.x}
              y={box.y}
              width={box.width}
              height={NODE_HEIGHT}
              rx={node.questionId === null ? NODE_HEIGHT / 2 : 8}
              className={node.questionId === null ? 'flow-diagram__node flow-diagram__node--end' : 'flow-diagram__node'}
            />
            <text className="flow-diagram__text" textAnchor="middle">
              {lines.map((line, index) => (
                <tspan key={index} x={box.x + box.width / 2} y={firstLineY + index * LINE_HEIGHT}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The diagram in words, for everyone: each question, and where each of its answers leads. */
export function FlowSteps({ flow, labelledBy }: { flow: QuestionFlow; labelledBy: string }) {
  const layout = layoutFlow(flow);
  const drawn = new Set(layout.nodes.map((node) => node.questionId));
  return (
    <ol className="flow-steps" aria-labelledby={labelledBy}>
      {flow.questions
        .filter((question) => drawn.has(question.id))
        .map((question) => (
          <li key={question.id}>
            <span className="flow-steps__question">{question.prompt}</span>
            <ul>
              {question.options.map((option) => {
                const edge = layout.edges.find((candidate) => candidate.from === question.id && candidate.optionIds.includes(option.id));
                if (!edge) return null;
                return (
                  <li key={option.id}>
                    {m.how_it_works_step({
                      answer: option.label,
                      next: edge.to === null ? m.how_it_works_step_results() : (getQuestion(flow, edge.to)?.prompt ?? edge.to),
                    })}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
    </ol>
  );
}
