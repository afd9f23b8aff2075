/**
 * Who a sentence says is speaking, and how firmly: "According to X, …", "X said (that) …", "…, X
 * announced", "…, writes AFP", "X believes that …". A party's statement makes what it states a CLAIM
 * asserted by that party; a news agency relays (via) what the report states as fact; "believes",
 * "may", "could", "expects" make an ASSESSMENT.
 */
import type { Confidence } from '../model/vocabulary.js';
import type { Registry } from './entities.js';
import type { Masked, Mention } from './mentions/mask.js';
import { institutionSpec } from './mentions/phrase-parts.js';
import { conjugations } from './nlp.js';

export interface Attribution {
  /** The speaker's mention, when the sentence names one. */
  speaker?: Mention;
  /** The entity the speaker stands for (a capital's government, a "both sides" pair's first). */
  speakerId?: string;
  agency: boolean;
  /** The part of the masked sentence that is the statement. */
  content: [number, number];
  assessment: boolean;
  frame: string;
}

const verbs = (...lemmas: string[]) => lemmas.flatMap(conjugations).join('|');
export const SPEECH_VERBS = verbs(
  'say',
  'announce',
  'inform',
  'report',
  'state',
  'claim',
  'write',
  'add',
  'tell',
  'confirm',
  'declare',
  'allege',
  'insist',
  'warn',
  'stress',
  'note',
);
/** Verbs that state a position rather than report: what follows is the speaker's too ("X urged Y to …"). */
const STATEMENT_VERBS = [
  ...verbs('urge', 'demand', 'welcome', 'condemn', 'denounce', 'praise', 'thank', 'warn').split('|'),
  ...conjugations('call').map((c) => `${c} on`),
  ...conjugations('call').map((c) => `${c} for`),
].join('|');
const ASSESS_VERBS = verbs('believe', 'expect', 'assess', 'estimate', 'fear', 'predict', 'think', 'consider', 'suggest');
/** The speaker, after its title if any ("the regional governor, X", "Prime Minister X", "X's interior minister, Y"). */
const SPEAKER = "(?:the )?(?:(?:[A-Z][\\w.-]*|[a-z]+|⟦\\d+:\\w+⟧(?:['’]s)?),? ){0,5}⟦(\\d+):(?:S|O|L|Sx|Ox|Lx|Rc|Oa|Sd)⟧(?: agency)?";
/** What may follow a verb of saying at a sentence's end: "told parliament", "said in a statement". */
const TAIL = '(?: [^,;]{0,50})?';
/** "BAKU, Sept 15 (Reuters) - ": where and by whom a wire story was filed, not who speaks. */
export const DATELINE = /^(?:⟦\d+:(?:Rc?|S)⟧|[A-Z]{3,}(?: [A-Z]{3,})*),? (?:[A-Z][a-z]{2,4}\.? \d{1,2}(?:, \d{4})?)?(?: \((?:⟦\d+:Oa⟧|[A-Za-z]+)\))? ?[-–—] /;
const WHEN = '(?: (?:also|later|earlier|then|in turn))?(?: (?:on|in|late|early) [A-Z]?\\w+(?: (?:morning|evening|night|afternoon))?)?';

const FRAMES: readonly { frame: string; pattern: RegExp; speaker: number; content: 'before' | 'after' | 'all'; assessment?: boolean }[] = [
  { frame: 'according-to', pattern: new RegExp(`^(?:According to|As reported by|Citing) ${SPEAKER}(?:['’]s \\w+)?, `, 'i'), speaker: 1, content: 'after' },
  { frame: 'according-to-after', pattern: new RegExp(`,? according to ${SPEAKER}[^⟦]*$`, 'i'), speaker: 1, content: 'before' },
  { frame: 'said-after', pattern: new RegExp(`[,”"’] ${SPEAKER}${WHEN} (?:${SPEECH_VERBS})${WHEN}${TAIL}\\.?$`, 'i'), speaker: 1, content: 'before' },
  { frame: 'said-inverted', pattern: new RegExp(`, (?:${SPEECH_VERBS}) ${SPEAKER}${WHEN}${TAIL}\\.?$`, 'i'), speaker: 1, content: 'before' },
  // "…, Prime Minister X told parliament on Tuesday, in the deadliest …": the verb may take an object.
  {
    frame: 'said-parenthetical',
    pattern: new RegExp(
      `, ${SPEAKER}${WHEN} (?:${SPEECH_VERBS})(?: (?:parliament|lawmakers|reporters|journalists|the [a-z]+|[a-z]+ reporters|⟦\\d+:O⟧))?${WHEN}, `,
      'i',
    ),
    speaker: 1,
    content: 'all',
  },
  // "…, with Yerevan saying 49 of its servicemen had been killed": the clause after "saying" is the speaker's.
  { frame: 'with-saying', pattern: new RegExp(`,? with ${SPEAKER} (?:saying|reporting|claiming|announcing) (?:that )?`, 'i'), speaker: 1, content: 'after' },
  { frame: 'believes', pattern: new RegExp(`^(?:[^⟦]{0,20})${SPEAKER} (?:${ASSESS_VERBS}) (?:that )?`, 'i'), speaker: 1, content: 'after', assessment: true },
  {
    frame: 'said-that',
    pattern: new RegExp(`^(?:[^⟦]{0,40})${SPEAKER}(?:, [^,]+,)?[^.;]{0,100}? (?:${SPEECH_VERBS})${WHEN} (?:that |: ?)`, 'i'),
    speaker: 1,
    content: 'after',
  },
  { frame: 'stated', pattern: new RegExp(`^(?:[^⟦]{0,40})${SPEAKER}(?:, [^,⟦]{1,40},)?${WHEN} (?:${STATEMENT_VERBS})\\b`, 'i'), speaker: 1, content: 'after' },
  {
    frame: 'said',
    pattern: new RegExp(`^(?:[^⟦]{0,40})${SPEAKER}(?:, [^,⟦]{1,20},)?${WHEN} (?:${SPEECH_VERBS})${WHEN},? `, 'i'),
    speaker: 1,
    content: 'after',
  },
];

/** Modal and evaluative words that make a statement an assessment. */
export const HEDGE = /\b(?:may|might|could|would|likely|possibly|expected to|risk(?:s|ed)? of|feared?s?|believes?|expects?)\b/i;

export function attribute(masked: Masked, registry: Registry): Attribution {
  const skip = DATELINE.exec(masked.text)?.[0].length ?? 0;
  const text = masked.text.slice(skip);
  for (const { frame, pattern, speaker, content, assessment } of FRAMES) {
    const match = pattern.exec(text);
    if (!match) continue;
    const mention = masked.slots[Number(match[speaker])];
    if (!mention) continue;
    const at = skip + match.index;
    const range: [number, number] =
      content === 'after' ? [at + match[0].length, masked.text.length] : content === 'all' ? [skip, masked.text.length] : [skip, at];
    const entity = registry.get(mention.entity);
    const agency = mention.role === 'agency' || entity?.orgType === 'NEWS_AGENCY';
    return { speaker: mention, speakerId: speakerOf(mention, registry), agency, content: range, assessment: Boolean(assessment), frame };
  }
  return { agency: false, content: [skip, masked.text.length], assessment: false, frame: skip ? 'dateline' : 'none' };
}

/** A capital speaking is its government ("Baku said"); a demonym its state ("the Azerbaijani side"). */
function speakerOf(mention: Mention, registry: Registry): string {
  const entity = registry.get(mention.entity);
  if (mention.role === 'capital' && entity?.state) {
    const state = registry.get(entity.state);
    if (state) return registry.propose(institutionSpec(state, 'GOVERNMENT', 'Government')).id;
  }
  return mention.entity;
}

export interface Stance {
  confidence: Confidence;
  assertedBy?: string;
  via?: string;
}

/**
 * How firmly a statement at `at` in the masked sentence is made, given who says it. What a relative
 * clause takes for granted ("Russia, which supports Armenia, may …") is not part of the assessment.
 */
export function stance(attribution: Attribution, at: number, masked: Masked, presupposed = false): Stance {
  const inside = at >= attribution.content[0] && at <= attribution.content[1];
  if (presupposed && attribution.agency && inside) return { confidence: 'REPORTED_FACT', via: attribution.speakerId };
  const clause = masked.text.slice(Math.max(attribution.content[0], at - 80), Math.min(masked.text.length, at + 80));
  const hedged = attribution.assessment || HEDGE.test(clause);
  if (!attribution.speakerId || !inside) return { confidence: hedged ? 'ASSESSMENT' : 'REPORTED_FACT' };
  if (attribution.agency) {
    return hedged && attribution.assessment
      ? { confidence: 'ASSESSMENT', assertedBy: attribution.speakerId }
      : { confidence: 'REPORTED_FACT', via: attribution.speakerId };
  }
  return { confidence: attribution.assessment ? 'ASSESSMENT' : 'CLAIM', assertedBy: attribution.speakerId };
}
