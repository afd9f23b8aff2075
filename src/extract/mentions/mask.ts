/**
 * A sentence with its mentions replaced by slots, `⟦3:S⟧` (slot 3, a state), so that rules can be
 * written as patterns over words and slots. The kind letter and role letters let a pattern ask for
 * an actor, a place or an event, a demonym ("Armenian") or a capital ("Baku").
 */
import type { EntityKind } from '../../model/vocabulary.js';
import type { Sentence } from '../sentences.js';

/** How a mention names its entity, which decides how rules may read it. */
export type MentionRole =
  | 'name'
  | 'demonym' // "Armenian" before a noun
  | 'people' // "the Armenians"
  | 'capital' // a capital city, which may stand for its state
  | 'agency' // a news agency
  | 'anaphor'; // "its", "him", "the country"

export interface Mention {
  /** Offsets in the whole text. */
  start: number;
  end: number;
  text: string;
  entity: string;
  kind: EntityKind;
  role: MentionRole;
  /** The rule that found it. */
  how: string;
  score: number;
  /** For "both countries": every entity it stands for (`entity` is the first). */
  members?: string[];
  /** Entities named inside a phrase mention ("Nagorno-Karabakh" in "the regions adjacent to …"). */
  inner?: string[];
}

/** A sentence with the mentions found in it. */
export interface Analysed {
  sentence: Sentence;
  mentions: Mention[];
}

const KIND_LETTER: Record<EntityKind, string> = { STATE: 'S', LEADER: 'L', ORGANIZATION: 'O', REGION: 'R', EVENT: 'E' };
const ROLE_LETTER: Record<MentionRole, string> = { name: '', demonym: 'd', people: 'p', capital: 'c', agency: 'a', anaphor: 'x' };

export interface Masked {
  text: string;
  slots: Mention[];
  /** For each position of `text` (and one past the end), the offset in the whole text. */
  origin: number[];
}

/** Masks a sentence (at `offset` in the whole text) with its mentions, which must not overlap. */
export function mask(sentence: string, offset: number, mentions: readonly Mention[]): Masked {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let text = '';
  const origin: number[] = [];
  let at = offset;
  const slots: Mention[] = [];
  const copy = (until: number) => {
    for (; at < until; at++) {
      text += sentence[at - offset];
      origin.push(at);
    }
  };
  for (const mention of sorted) {
    copy(mention.start);
    const slot = `⟦${slots.length}:${KIND_LETTER[mention.kind]}${ROLE_LETTER[mention.role]}⟧`;
    for (let k = 0; k < slot.length; k++) origin.push(k === slot.length - 1 ? mention.end - 1 : mention.start);
    text += slot;
    slots.push(mention);
    at = mention.end;
  }
  copy(offset + sentence.length);
  origin.push(offset + sentence.length);
  return { text, slots, origin };
}

/** The span of the whole text that a range of the masked text covers. */
export function originalSpan(masked: Masked, start: number, end: number): [number, number] {
  return [masked.origin[start] as number, (masked.origin[end - 1] as number) + 1];
}

/** Slots as a pattern sees them: `⟦(\d+):KINDS…⟧`, capturing the slot number. */
export function slotPattern(kinds = 'SLORE', roles = '[dpcax]?'): string {
  return `⟦(\\d+):[${kinds}]${roles}⟧`;
}

export const SLOT = /⟦(\d+):([SLORE])([dpcax]?)⟧/g;

/** The masked text with slots turned back into the words they hide. */
export function unmask(masked: Masked, text: string): string {
  return text.replace(SLOT, (_, index: string) => masked.slots[Number(index)]?.text ?? '');
}

/** Removes mentions overlapping a longer or better one; ties go to the earlier in the list. */
export function resolveOverlaps(mentions: Mention[]): Mention[] {
  const ranked = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || b.score - a.score);
  const kept: Mention[] = [];
  for (const mention of ranked) {
    if (!kept.some((k) => mention.start < k.end && k.start < mention.end)) kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}
