/**
 * What the extractor reads from a dependency parse, and the conversion from CoreNLP's JSON output
 * into it: sentences with character offsets in the text, their tokens (lemma, part of speech,
 * named-entity tag), named-entity mentions, and the enhanced++ dependency edges (relations with
 * their preposition, "obl:by", "nmod:of"; subjects and objects shared across conjunctions and
 * relative clauses). Offsets are UTF-16 code units, as JavaScript strings count them (Java's too).
 */

export interface ParsedToken {
  /** 1-based within its sentence, as the edges count; 0 is the root. */
  index: number;
  word: string;
  lemma: string;
  pos: string;
  ner: string;
  start: number;
  end: number;
}

export interface NerMention {
  text: string;
  /** CoreNLP's fine-grained tag: PERSON, ORGANIZATION, COUNTRY, STATE_OR_PROVINCE, CITY, LOCATION, NATIONALITY, DATE … */
  ner: string;
  start: number;
  end: number;
  /** The tokens it covers, 1-based, `last` inclusive. */
  first: number;
  last: number;
  /** The classifier's confidence in its tag, when it gives one (rule-based tags give none). */
  confidence?: number;
}

export interface DependencyEdge {
  /** "nsubj", "obj", "obl:by", "nsubj:pass", "conj:and", "acl:relcl" … */
  relation: string;
  /** The head token's index; 0 for the root. */
  head: number;
  dependent: number;
}

export interface ParsedSentence {
  index: number;
  start: number;
  end: number;
  tokens: ParsedToken[];
  mentions: NerMention[];
  edges: DependencyEdge[];
}

export interface ParsedText {
  parser: string;
  /** The date relative dates were read against, as the parser was told it. */
  docDate?: string;
  sentences: ParsedSentence[];
}

interface CoreNlpToken {
  index: number;
  word: string;
  originalText?: string;
  lemma?: string;
  pos?: string;
  ner?: string;
  characterOffsetBegin: number;
  characterOffsetEnd: number;
}
interface CoreNlpMention {
  text: string;
  ner: string;
  tokenBegin: number;
  tokenEnd: number;
  characterOffsetBegin: number;
  characterOffsetEnd: number;
  nerConfidences?: Record<string, number>;
}
interface CoreNlpEdge {
  dep: string;
  governor: number;
  dependent: number;
}
interface CoreNlpSentence {
  index: number;
  tokens: CoreNlpToken[];
  entitymentions?: CoreNlpMention[];
  enhancedPlusPlusDependencies?: CoreNlpEdge[];
}
export interface CoreNlpDocument {
  docDate?: string;
  sentences: CoreNlpSentence[];
}

/** Reads CoreNLP's JSON (annotators tokenize,ssplit,pos,lemma,ner,depparse); throws on a document without tokens or edges. */
export function fromCoreNlp(json: unknown, parser = 'corenlp'): ParsedText {
  const doc = json as CoreNlpDocument;
  if (!doc || !Array.isArray(doc.sentences)) throw new TypeError('not a CoreNLP JSON document (no sentences)');
  const sentences = doc.sentences
    .filter((s) => s.tokens.length)
    .map((s): ParsedSentence => {
      if (!s.enhancedPlusPlusDependencies) throw new TypeError(`sentence ${s.index} has no enhanced++ dependencies (was depparse run?)`);
      const tokens = s.tokens.map((t) => ({
        index: t.index,
        word: t.originalText ?? t.word,
        lemma: t.lemma ?? t.word,
        pos: t.pos ?? '',
        ner: t.ner ?? 'O',
        start: t.characterOffsetBegin,
        end: t.characterOffsetEnd,
      }));
      const mentions = (s.entitymentions ?? []).map((m): NerMention => {
        const confidence = m.nerConfidences?.[m.ner] ?? (m.nerConfidences ? Math.max(...Object.values(m.nerConfidences)) : undefined);
        return {
          text: m.text,
          ner: m.ner,
          start: m.characterOffsetBegin,
          end: m.characterOffsetEnd,
          first: m.tokenBegin + 1,
          last: m.tokenEnd,
          ...(confidence !== undefined && confidence >= 0 ? { confidence: Math.round(confidence * 1000) / 1000 } : {}),
        };
      });
      const edges = s.enhancedPlusPlusDependencies.map((e) => ({ relation: e.dep, head: e.governor, dependent: e.dependent }));
      return { index: s.index, start: tokens[0]!.start, end: tokens.at(-1)!.end, tokens, mentions, edges };
    });
  return { parser, ...(doc.docDate ? { docDate: doc.docDate } : {}), sentences };
}
