// Answers to and from URL search params. Parsing never throws: it keeps what is
// valid and on the path, and names every problem for the UI to explain.
import { answeredPath, getOption, getQuestion, pruneAnswers } from './tree';
import type { Answers, OptionId, ParsedAnswers, QuestionId, QuestionFlow, UrlProblem } from './types';

/** Keys longer than this are reported truncated, so a hostile link cannot flood the UI. */
const MAX_SHOWN_LENGTH = 40;

export function shorten(text: string): string {
  // By code points, so an emoji is never cut in half.
  const characters = Array.from(text);
  return characters.length > MAX_SHOWN_LENGTH ? `${characters.slice(0, MAX_SHOWN_LENGTH).join('')}…` : text;
}

/** The answers that apply, in path order (then any answered further on, in tree order), as search params. */
export function answersToSearchParams(tree: QuestionFlow, answers: Answers): URLSearchParams {
  const params = new URLSearchParams();
  const kept = pruneAnswers(tree, answers);
  const pathIds = answeredPath(tree, kept).map((step) => step.question.id);
  const rest = tree.questions.map((question) => question.id).filter((id) => !pathIds.includes(id));
  for (const id of [...pathIds, ...rest]) {
    const optionId = kept[id];
    if (optionId !== undefined) params.append(id, optionId);
  }
  return params;
}

/** A decoding that never throws: bad percent-escapes are reported, not fatal. */
function safeParams(input: string | URLSearchParams): { params: [string, string][]; problems: UrlProblem[] } {
  if (typeof input !== 'string') return { params: [...input.entries()], problems: [] };
  const problems: UrlProblem[] = [];
  const query = input.startsWith('?') ? input.slice(1) : input;
  const params: [string, string][] = [];
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawKey = eq === -1 ? part : part.slice(0, eq);
    const rawValue = eq === -1 ? '' : part.slice(eq + 1);
    try {
      params.push([decode(rawKey), decode(rawValue)]);
    } catch {
      problems.push({ kind: 'malformed', detail: shorten(part) });
    }
  }
  return { params, problems };
}

function decode(text: string): string {
  return decodeURIComponent(text.replace(/\+/g, ' '));
}

/**
 * Reads answers from a query string or URLSearchParams. Keys and values are matched
 * case-insensitively and trimmed; the order in the URL does not matter (the tree gives it).
 * Problems: unknown question, unknown option, duplicate key (the first valid value wins),
 * an answer to a question the other answers do not lead to, and undecodable parts.
 */
export function parseAnswers(tree: QuestionFlow, input: string | URLSearchParams, ignoredKeys: readonly string[] = []): ParsedAnswers {
  const { params, problems } = safeParams(input);
  const candidate: Record<QuestionId, OptionId> = {};
  for (const [rawKey, rawValue] of params) {
    const key = rawKey.trim().toLowerCase();
    if (ignoredKeys.includes(key)) continue;
    const question = getQuestion(tree, key);
    if (!question) {
      problems.push({ kind: 'unknown-question', key: shorten(rawKey) });
      continue;
    }
    // Only a valid value claims the key, so the first valid value wins.
    if (Object.hasOwn(candidate, key)) {
      problems.push({ kind: 'duplicate', questionId: key });
      continue;
    }
    const value = rawValue.trim().toLowerCase();
    if (!getOption(question, value)) {
      problems.push({ kind: 'unknown-option', questionId: key, value: shorten(rawValue) });
      continue;
    }
    candidate[key] = value;
  }
  const answers = pruneAnswers(tree, candidate);
  for (const [questionId, optionId] of Object.entries(candidate)) {
    if (!Object.hasOwn(answers, questionId)) problems.push({ kind: 'off-path', questionId, value: optionId });
  }
  return { answers, problems };
}

/**
 * The answers on the path as address segments, `<question>-<option>` in path order
 * (e.g. ["code-yes", "research-no"]). Answers off the path or past a gap are left out.
 */
export function answersToPathSegments(tree: QuestionFlow, answers: Answers): string[] {
  return answeredPath(tree, answers).map(({ question, option }) => `${question.id}-${option.id}`);
}

/** The question a segment names: the longest question id followed by "-", preferring one whose option exists. */
function splitSegment(tree: QuestionFlow, segment: string): { questionId: QuestionId; optionId: OptionId } | null {
  const candidates = tree.questions
    .filter((question) => segment.startsWith(`${question.id}-`))
    .sort((a, b) => b.id.length - a.id.length)
    .map((question) => ({ question, optionId: segment.slice(question.id.length + 1) }));
  const chosen = candidates.find(({ question, optionId }) => getOption(question, optionId)) ?? candidates[0];
  return chosen ? { questionId: chosen.question.id, optionId: chosen.optionId } : null;
}

/**
 * Reads answers from address segments (`code-yes/research-no/…`, already split on "/").
 * Never throws; reports the same problems as parseAnswers, so both forms of link explain
 * themselves the same way. Segment order does not matter: the tree gives it.
 */
export function parseAnswerSegments(tree: QuestionFlow, segments: readonly string[]): ParsedAnswers {
  const pairs: string[] = [];
  const problems: UrlProblem[] = [];
  for (const raw of segments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw).trim().toLowerCase();
    } catch {
      problems.push({ kind: 'malformed', detail: shorten(raw) });
      continue;
    }
    if (segment === '') continue;
    const split = splitSegment(tree, segment);
    if (!split) {
      problems.push({ kind: 'unknown-question', key: shorten(segment) });
      continue;
    }
    pairs.push(`${encodeURIComponent(split.questionId)}=${encodeURIComponent(split.optionId)}`);
  }
  const parsed = parseAnswers(tree, pairs.join('&'));
  return { answers: parsed.answers, problems: [...problems, ...parsed.problems] };
}
