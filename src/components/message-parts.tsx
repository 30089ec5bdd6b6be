import { Fragment, type ReactNode } from 'react';

const OPEN = '\u{E000}';
const CLOSE = '\u{E001}';
const TOKEN = new RegExp(`${OPEN}([^${CLOSE}]+)${CLOSE}`);

/**
 * A message with elements inside it (a link, a bold name, an English term), in the order the
 * language puts them: `withParts(m.readiness_lead, { role: <strong>{name}</strong> }, { count })`.
 * Each part goes into the message as a placeholder token and comes back out as its element, so a
 * translation can move it anywhere in the sentence.
 */
export function withParts<Part extends string, Values extends object = Record<never, never>>(
  message: (inputs: Record<Part, string> & Values) => string,
  parts: Readonly<Record<Part, ReactNode>>,
  values?: Values,
): ReactNode {
  const tokens = Object.fromEntries(Object.keys(parts).map((name) => [name, `${OPEN}${name}${CLOSE}`])) as Record<Part, string>;
  const pieces = message({ ...(values as Values), ...tokens }).split(TOKEN);
  // split() with a capture group alternates text and part names: text, name, text, name, text.
  return pieces.map((piece, index) =>
    index % 2 === 0 ? piece : <Fragment key={`${piece}-${index}`}>{parts[piece as Part]}</Fragment>,
  );
}
