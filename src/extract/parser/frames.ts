/**
 * The parse backbone's relationships: dependency frames, a verb with its subject and its object or
 * prepositional complement, read through verb meanings the surface rules already use ("X backs Y"
 * SUPPORTS, "X accused Y of …" ACCUSES, "X signed the deal" SIGNED …). The parse reaches what
 * surface patterns miss: words between subject and verb ("X, after weeks of talks, signed …"),
 * subjects shared by conjoined verbs ("X shelled Y and seized Z"), passives ("Y was backed by X"),
 * relative clauses. Both ends must be mentions the extractor resolved; the relationship must fit
 * the model; a negated verb ("did not sign"), one under an attempt, a refusal or a plan ("tried to
 * seize"), and a frame whose type the surface rules already drafted in that sentence for either end
 * draft nothing. Attribution and time are read as the surface rules read them.
 */
import type { EntityKind, RelationshipType } from '../../model/vocabulary.js';
import { attribute, stance } from '../attribution.js';
import type { Registry } from '../entities.js';
import { mask, type Analysed, type Mention } from '../mentions/mask.js';
import { TIMED, actorsOf, fit, timeOf } from '../candidate-ends.js';
import type { Candidate, RuleContext } from '../rules/engine.js';
import { withoutTimes } from '../rules/helpers.js';
import type { TimeExpression } from '../time.js';
import type { ParsedSentence, ParsedText, ParsedToken } from './parsed.js';

/** Where a frame's target is: the object, or a prepositional complement ("deployed troops to X"). */
type Slot = 'obj' | `obl:${string}`;

export interface VerbFrame {
  type: RelationshipType;
  lemmas: readonly string[];
  /** The target's dependency relations (active voice); a passive's target is its subject. */
  to: readonly Slot[];
  /** The target's kinds, when the type allows more than the verb means. */
  toKinds?: readonly EntityKind[];
  /** The subject's kinds, likewise. */
  fromKinds?: readonly EntityKind[];
  /** A complement the relationship needs ("of shelling Y": the allegation). */
  needs?: readonly string[];
}

/** Verb meanings, as the rule tables read them (src/extract/rules/*.ts). */
export const VERB_FRAMES: readonly VerbFrame[] = [
  { type: 'SUPPORTS', lemmas: ['support', 'back', 'arm', 'aid', 'assist', 'sponsor', 'fund', 'finance', 'help', 'supply'], to: ['obj'] },
  // "X has fought alongside Y": X backs Y in its fight.
  { type: 'SUPPORTS', lemmas: ['fight', 'serve'], to: ['obl:alongside'] },
  { type: 'ACCUSES', lemmas: ['accuse', 'blame', 'charge'], to: ['obj'], needs: ['obl:of', 'advcl:of', 'obl:for', 'advcl:for'] },
  { type: 'OCCUPIES', lemmas: ['occupy'], to: ['obj'] },
  { type: 'OCCUPIES', lemmas: ['seize', 'capture', 'annex'], to: ['obj'], fromKinds: ['STATE'] },
  { type: 'CONTROLS', lemmas: ['control', 'hold', 'seize', 'capture', 'overrun'], to: ['obj'], fromKinds: ['ORGANIZATION'], toKinds: ['REGION'] },
  { type: 'SIGNED', lemmas: ['sign', 'conclude', 'ink'], to: ['obj'] },
  { type: 'MEDIATES', lemmas: ['mediate', 'broker', 'facilitate'], to: ['obj'] },
  { type: 'GUARANTEES', lemmas: ['guarantee'], to: ['obj'] },
  { type: 'MEMBER_OF', lemmas: ['join'], to: ['obj'], toKinds: ['ORGANIZATION'] },
  { type: 'PARTICIPATES_IN', lemmas: ['join', 'launch', 'wage', 'fight', 'conduct', 'stage', 'carry'], to: ['obj'], toKinds: ['EVENT'] },
  { type: 'PARTICIPATES_IN', lemmas: ['participate', 'engage'], to: ['obl:in'], toKinds: ['EVENT'] },
  { type: 'DEPLOYS_TO', lemmas: ['deploy', 'send', 'dispatch', 'station'], to: ['obl:to', 'obl:in', 'obl:into'] },
  { type: 'PROTESTS_AGAINST', lemmas: ['protest', 'rally', 'demonstrate'], to: ['obl:against'] },
  { type: 'PROPOSES', lemmas: ['propose', 'offer', 'suggest'], to: ['obj'], toKinds: ['EVENT'] },
  { type: 'BORDERS', lemmas: ['border'], to: ['obj'] },
  { type: 'ENDS', lemmas: ['end', 'halt'], to: ['obj'] },
];

/** Heads under which a verb is not done: "tried to seize", "refused to sign", "plans to deploy". */
const NOT_DONE = new Set(['try', 'attempt', 'fail', 'refuse', 'threaten', 'plan', 'seek', 'want', 'hope', 'aim', 'decline', 'reject', 'deny', 'intend']);
const NEGATION = new Set(['not', 'never', "n't", 'no']);
const SUBJECT = new Set(['nsubj', 'nsubj:xsubj']);

interface Frame {
  type: RelationshipType;
  from: string[];
  to: string[];
  verb: ParsedToken;
  mentions: Mention[];
  extra: Record<string, unknown>;
}

const dependents = (s: ParsedSentence, head: number) => s.edges.filter((e) => e.head === head);
const token = (s: ParsedSentence, index: number) => s.tokens[index - 1];

/** The mention a token is part of, in the sentence's resolved mentions. */
function mentionAt(item: Analysed, t: ParsedToken | undefined): Mention | undefined {
  return t && item.mentions.find((m) => m.start <= t.start && t.end <= m.end);
}

/** The text of a token's subtree, its preposition ("of") left out. */
function subtreeText(text: string, s: ParsedSentence, root: number): string {
  const seen = new Set([root]);
  const queue = [root];
  while (queue.length) {
    const head = queue.shift() as number;
    for (const e of dependents(s, head)) {
      if (e.relation === 'ref' || e.relation === 'punct' || (e.relation === 'case' && head === root) || seen.has(e.dependent) || e.dependent === 0) continue;
      seen.add(e.dependent);
      queue.push(e.dependent);
    }
  }
  const tokens = [...seen].map((i) => token(s, i)).filter((t): t is ParsedToken => Boolean(t));
  const start = Math.min(...tokens.map((t) => t.start));
  const end = Math.max(...tokens.map((t) => t.end));
  return text.slice(start, end).replace(/[\s,;:]+$/, '');
}

function kindOf(registry: Registry, id: string): EntityKind | undefined {
  return registry.get(id)?.kind;
}

/** Every frame of one parsed sentence whose ends resolve to mentions of the extractor's sentence. */
function framesOf(text: string, s: ParsedSentence, item: Analysed, registry: Registry): Frame[] {
  const frames: Frame[] = [];
  for (const verb of s.tokens) {
    if (!verb.pos.startsWith('VB')) continue;
    const lemma = verb.lemma.toLowerCase();
    const specs = VERB_FRAMES.filter((f) => f.lemmas.includes(lemma));
    if (!specs.length) continue;
    const deps = dependents(s, verb.index);
    if (deps.some((e) => e.relation === 'advmod' && NEGATION.has(token(s, e.dependent)?.lemma.toLowerCase() ?? ''))) continue;
    const governors = s.edges.filter((e) => e.dependent === verb.index && (e.relation === 'xcomp' || e.relation.startsWith('ccomp')));
    if (governors.some((e) => NOT_DONE.has(token(s, e.head)?.lemma.toLowerCase() ?? ''))) continue;
    // "carry out an attack": only with its particle.
    if (lemma === 'carry' && !deps.some((e) => e.relation === 'compound:prt' && token(s, e.dependent)?.lemma === 'out')) continue;
    const passive = deps.some((e) => e.relation === 'nsubj:pass' || e.relation === 'aux:pass');
    const reduced = verb.pos === 'VBN' && s.edges.some((e) => e.dependent === verb.index && e.relation === 'acl');
    const agent = deps.filter((e) => e.relation === 'obl:agent' || ((passive || reduced) && e.relation === 'obl:by')).map((e) => e.dependent);
    const subjects = passive || reduced ? agent : deps.filter((e) => SUBJECT.has(e.relation)).map((e) => e.dependent);
    for (const spec of specs) {
      let targets: number[];
      if (passive) targets = deps.filter((e) => e.relation === 'nsubj:pass').map((e) => e.dependent);
      else if (reduced) targets = s.edges.filter((e) => e.dependent === verb.index && e.relation === 'acl').map((e) => e.head);
      else targets = deps.filter((e) => spec.to.includes(e.relation as Slot)).map((e) => e.dependent);
      if (!subjects.length || !targets.length) continue;
      const extra: Record<string, unknown> = {};
      if (spec.needs) {
        const need = deps.find((e) => spec.needs?.includes(e.relation));
        if (!need) continue;
        extra.allegation = subtreeText(text, s, need.dependent);
      }
      const fromMentions = subjects.map((i) => mentionAt(item, token(s, i))).filter((m): m is Mention => Boolean(m));
      const toMentions = targets.map((i) => mentionAt(item, token(s, i))).filter((m): m is Mention => Boolean(m));
      if (!fromMentions.length || !toMentions.length) continue;
      const from = fromMentions
        .flatMap((m) => actorsOf(m, registry))
        .filter((id) => !spec.fromKinds || spec.fromKinds.includes(kindOf(registry, id) as EntityKind));
      const to = toMentions
        .flatMap((m) => (spec.toKinds?.includes('EVENT') || kindOf(registry, m.entity) === 'EVENT' ? [m.entity] : actorsOf(m, registry)))
        .filter((id) => !spec.toKinds || spec.toKinds.includes(kindOf(registry, id) as EntityKind));
      if (!from.length || !to.length) continue;
      frames.push({ type: spec.type, from, to, verb, mentions: [...fromMentions, ...toMentions], extra });
    }
  }
  return frames;
}

/**
 * The relationships the parse adds to what the surface rules drafted (`surface`): one candidate per
 * frame whose type the rules did not already draft in that sentence for either of its ends.
 */
export function frameCandidates(
  text: string,
  parse: ParsedText,
  analysed: readonly Analysed[],
  times: readonly TimeExpression[][],
  registry: Registry,
  surface: readonly Candidate[],
): Candidate[] {
  const out: Candidate[] = [];
  for (const s of parse.sentences) {
    for (const item of analysed) {
      const { sentence } = item;
      if (s.end <= sentence.start || s.start >= sentence.end) continue;
      const frames = framesOf(text, s, item, registry).filter((f) => f.verb.start >= sentence.start && f.verb.end <= sentence.end);
      if (!frames.length) continue;
      const masked = mask(sentence.text, sentence.start, item.mentions);
      const attribution = attribute(masked, registry);
      const sentenceTimes = times[sentence.index] ?? [];
      for (const frame of frames) {
        const at = Math.max(
          0,
          masked.origin.findIndex((o) => o >= frame.verb.start),
        );
        const position = stance(attribution, at, masked);
        for (const a of frame.from) {
          for (const b of frame.to) {
            const fitted = fit(frame.type, a, b, registry);
            if (!fitted) continue;
            const [from, to] = fitted;
            const said = [...surface, ...out].some(
              (c) => c.type === frame.type && ((c.from === from && c.to === to) || (c.sentence.index === sentence.index && (c.from === from || c.to === to))),
            );
            if (said) continue;
            const extra = { ...frame.extra };
            if (typeof extra.allegation === 'string') extra.allegation = withoutTimes({ times: sentenceTimes } as RuleContext, extra.allegation);
            out.push({
              type: frame.type,
              from,
              to,
              extra,
              notes: [],
              score: 0.6,
              rule: `parser/${frame.type.toLowerCase().replace(/_/g, '-')}/${frame.verb.lemma.toLowerCase()}`,
              confidence: position.confidence,
              assertedBy: position.assertedBy,
              via: position.via,
              sentence,
              mentions: frame.mentions.map(({ start, end, text: words, entity }) => ({ start, end, text: words, entity })),
              time: TIMED.has(frame.type) ? timeOf(sentenceTimes) : undefined,
            });
          }
        }
      }
    }
  }
  return out;
}
