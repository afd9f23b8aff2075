/**
 * Reads an import document from JSON text. Every problem, from a missing comma to a misspelt enum
 * value, is reported with the line it is on, so a curator can go straight to it.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { documentSchema, type ImportDocument } from './format.js';

export interface ImportProblem {
  /** 1-based line in the document, when the problem can be placed. */
  line?: number;
  /** Where in the document, e.g. `relationships[3].to`. */
  path: string;
  message: string;
  /**
   * What sort of problem, where a client may act on it: ENTITY_DELETED is a draft naming an entity
   * deleted after the draft was made (`deleted` says by whom and when); MATCH_GONE a drafted item
   * matched to a graph item that was retracted, merged or deleted since. Absent: an invalid document.
   */
  code?: 'ENTITY_DELETED' | 'MATCH_GONE';
  deleted?: { entity: string; by: string | null; at: string };
}

export class ImportRejected extends Error {
  constructor(
    readonly problems: ImportProblem[],
    readonly file = 'document',
  ) {
    super(
      `${file} was rejected; nothing was written. ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((problem) => `  ${formatProblem(problem, file)}`).join('\n'),
    );
  }
}

export function sortByLine(problems: ImportProblem[]): ImportProblem[] {
  return [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

export function formatProblem(problem: ImportProblem, file: string): string {
  return `${file}${problem.line ? `:${problem.line}` : ''}: ${problem.path ? `${problem.path}: ` : ''}${problem.message}`;
}

export type PathSegment = string | number;
export type Locate = (path: readonly PathSegment[]) => number | undefined;

export interface ParsedDocument {
  document: ImportDocument;
  /** The line of the value at a path, or of its nearest existing parent. */
  locate: Locate;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index ? '.' : ''}${String(segment)}`)).join('');
}

export function parseDocument(text: string, file = 'document'): ParsedDocument {
  let lineStarts: number[] | undefined;
  const lineOf = (offset: number) => {
    if (!lineStarts) {
      lineStarts = [0];
      for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
    }
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };

  // The fast path: a well-formed document needs no syntax tree unless a problem must be placed.
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const errors: ParseError[] = [];
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
    const problems = errors.length
      ? errors.map((error) => ({ line: lineOf(error.offset), path: '', message: `invalid JSON (${printParseErrorCode(error.error)})` }))
      : [{ path: '', message: text.trim() ? 'invalid JSON' : 'the document is empty' }];
    throw new ImportRejected(problems, file);
  }

  let root: Node | undefined;
  const locate: Locate = (path) => {
    root ??= parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
    if (!root) return undefined;
    for (let length = path.length; length >= 0; length--) {
      const node: Node | undefined = findNodeAtLocation(root, path.slice(0, length) as PathSegment[]);
      if (node) return lineOf(node.parent?.type === 'property' ? node.parent.offset : node.offset);
    }
    return undefined;
  };

  return { document: shapeDocument(value, locate, file), locate };
}

/** Checks a document's shape against the schema: every problem with its path (and line, if known). */
export function shapeDocument(value: unknown, locate: Locate = () => undefined, file = 'document'): ImportDocument {
  const parsed = documentSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue) => {
      const path = issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
      // Point at each unknown key itself, not at the object that holds it.
      const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...path, key]) : [path];
      const message = issue.code === 'unrecognized_keys' ? 'unknown field (a typo?)' : issue.message;
      return paths.map((at) => ({ line: locate(at), path: formatPath(at), message }));
    });
    throw new ImportRejected(sortByLine(problems), file);
  }
  return parsed.data;
}
