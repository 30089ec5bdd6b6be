// The layout of a link-preview picture: a card (plain data from src/app/link-previews.ts) as the
// element tree satori lays out. 1200×630, the size Open Graph and X's large card expect. Every
// text is 40 px or more, light on a dark ground (contrast above 12:1), so a chat thumbnail a
// third of that size still reads.
//
// Two layouts: `list` (a title, then up to three roles, each with an optional place mark and
// note and its pay on the right) for results and comparisons; `statement` (a large title, a
// line or two in large type, then a few smaller lines) for a role and the site.

export const PICTURE_WIDTH = 1200;
export const PICTURE_HEIGHT = 630;

const COLOURS = { ground: '#0b1f33', text: '#ffffff', soft: '#d6e4f0', accent: '#8fd3ff', rule: '#25415c' };
const PADDING = 52;
const CONTENT_WIDTH = PICTURE_WIDTH - 2 * PADDING;

/** A satori element: the same shape as a React element, without React. */
const box = (style, ...children) => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });
const text = (style, content) => ({ type: 'div', props: { style, children: content } });

function frame(brand, ...content) {
  return box(
    {
      width: PICTURE_WIDTH,
      height: PICTURE_HEIGHT,
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: `${PADDING - 8}px ${PADDING}px`,
      boxSizing: 'border-box',
      backgroundColor: COLOURS.ground,
      color: COLOURS.text,
      fontFamily: 'Inter',
    },
    box({ flexDirection: 'column', width: CONTENT_WIDTH }, ...content),
    box(
      { alignItems: 'center', width: CONTENT_WIDTH, borderTop: `3px solid ${COLOURS.rule}`, paddingTop: 14 },
      box({ width: 22, height: 22, marginRight: 16, backgroundColor: COLOURS.accent, borderRadius: 6 }),
      text({ fontSize: 40, fontWeight: 700, color: COLOURS.soft }, brand),
    ),
  );
}

function listRow(row, withMarks) {
  return box(
    { alignItems: 'center', width: CONTENT_WIDTH, marginTop: 22 },
    ...(withMarks ? [text({ width: 88, fontSize: 48, fontWeight: 700, color: COLOURS.accent }, row.mark ?? '')] : []),
    box(
      { flexDirection: 'column', flexGrow: 1, flexShrink: 1, flexBasis: 0, paddingRight: 24 },
      text({ fontSize: 48, fontWeight: 700, lineHeight: 1.1 }, row.name),
      ...(row.note ? [text({ fontSize: 40, lineHeight: 1.15, color: COLOURS.soft }, row.note)] : []),
    ),
    box(
      { flexDirection: 'column', alignItems: 'flex-end', width: 380, flexShrink: 0 },
      ...row.pay.map((line) => text({ fontSize: 40, lineHeight: 1.15, textAlign: 'right' }, line)),
    ),
  );
}

function statement(card) {
  return [
    text({ fontSize: 76, fontWeight: 700, lineHeight: 1.08, marginTop: 16, marginBottom: 22 }, card.title),
    ...card.highlights.map((line) => text({ fontSize: 56, lineHeight: 1.2, marginTop: 14, color: COLOURS.accent }, line)),
    ...card.lines.map((line, index) => text({ fontSize: 44, lineHeight: 1.2, marginTop: index === 0 ? 28 : 14, color: COLOURS.soft }, line)),
  ];
}

function list(card) {
  const withMarks = card.rows.some((row) => row.mark);
  return [text({ fontSize: 52, fontWeight: 700, color: COLOURS.accent, marginBottom: 6 }, card.title), ...card.rows.map((row) => listRow(row, withMarks))];
}

/** The element tree of one card. */
export function pictureElement(card) {
  return frame(card.brand, ...(card.layout === 'list' ? list(card) : statement(card)));
}
