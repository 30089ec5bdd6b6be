// The pseudo-locale's words (tests only, never shipped): every letter accented, each text
// bracketed and about 35% longer, so a hard-coded string, a sentence glued from fragments or a
// layout that breaks under longer words shows up in the pseudo-locale run (npm run test:pseudo).
// Plain JavaScript: the message compiler (Node) and the pseudo-locale's content modules share it.

const ACCENTED = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ó', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

/** Marks that open and close every pseudo-locale text. */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

/** Accents the letters outside {placeholders}, brackets the text and pads it by about 35%. */
export function pseudo(text) {
  if (text.trim() === '') return text;
  const accented = text.replace(/(\{[^}]*\})|([A-Za-z])/g, (match, placeholder, letter) => placeholder ?? ACCENTED[letter] ?? letter);
  const letters = text.replace(/\{[^}]*\}/g, '').length;
  const padding = '·'.repeat(Math.max(1, Math.round(letters * 0.35)));
  return `${PSEUDO_OPEN}${accented} ${padding}${PSEUDO_CLOSE}`;
}

/** Every string in a structure through `pseudo`, keys and shape kept. */
export function pseudoDeep(value) {
  if (typeof value === 'string') return pseudo(value);
  if (typeof value === 'function') return (...args) => pseudoDeep(value(...args));
  if (Array.isArray(value)) return value.map(pseudoDeep);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, pseudoDeep(inner)]));
  return value;
}
