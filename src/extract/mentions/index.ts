/**
 * Finds every mention in every sentence, in passes: names, then phrases built on names, then which
 * state each titled person serves, then pronouns and definite descriptions ("its", "him", "the
 * country", "this organization", "both countries") resolved to what the report named before.
 */
import type { Registry } from '../entities.js';
import { stateByDemonym, stateByIso } from '../gazetteer.js';
import { readText, type Reading } from '../nlp.js';
import type { Sentence } from '../sentences.js';
import { groupsOf, pattern } from '../pattern.js';
import { mask, originalSpan, resolveOverlaps, unmask, type Analysed, type Mention } from './mask.js';
import { NameMatcher } from './match.js';
import { HONORIFIC, Names, OFFICE_NOUN, TITLE } from './names.js';
import { institutionSpec, type PhraseContext } from './phrase-parts.js';
import { PHRASES } from './phrases.js';
import { resolveAnaphora } from './anaphora.js';
import { addParsedMentions } from '../parser/mentions.js';
import type { ParsedText } from '../parser/parsed.js';

export interface Mentions {
  analysed: Analysed[];
  /** The two states the report is mostly about, by name. */
  pair?: [string, string];
}

export function findMentions(text: string, sentences: readonly Sentence[], registry: Registry, parse?: ParsedText): Mentions {
  const names = new Names(registry);
  const reading = readText(text);
  const analysed = sentences.map((sentence) => ({ sentence, mentions: resolveOverlaps(names.find(sentence.text, sentence.start, reading)) }));
  const pair = mainPair(analysed, registry);
  const before = new Set(registry.entities.keys());
  phrasePass(analysed, registry, pair, reading);
  // Names a phrase introduced ("Nagorno-Karabakh, a separatist region") are names everywhere,
  // also before the phrase that introduced them: find them again, then read the phrases again.
  const discovered = new NameMatcher<string>();
  for (const entity of registry.entities.values()) {
    if (before.has(entity.id) || entity.kind === 'LEADER' || !/^\p{Lu}/u.test(entity.name)) continue;
    for (const name of [entity.name, ...entity.aliases]) if (/^\p{Lu}/u.test(name)) discovered.add(name, entity.id);
  }
  for (const item of analysed) {
    const found = discovered.find(item.sentence.text).map((match): Mention => {
      const entity = registry.get(match.payload);
      const text = item.sentence.text.slice(match.start, match.end);
      return {
        start: item.sentence.start + match.start,
        end: item.sentence.start + match.end,
        text,
        entity: match.payload,
        kind: entity?.kind ?? 'REGION',
        role: 'name',
        how: 'name/found-before',
        score: 0.8,
      };
    });
    item.mentions = resolveOverlaps([...item.mentions, ...found.filter((f) => !item.mentions.some((m) => f.start < m.end && m.start < f.end))]);
  }
  phrasePass(analysed, registry, pair, reading);
  // With a parse, the names a tagger finds where names and phrases found none (src/extract/parser/mentions.ts).
  if (parse) addParsedMentions(analysed, parse, registry);
  resolveAnaphora(analysed, registry);
  // Offices whose owner is a pronoun or a description ("the government's negotiator") resolve now.
  for (const item of analysed) leaderStates(item, registry);
  for (const { sentence, mentions } of analysed) {
    for (const m of mentions) {
      if (m.role === 'anaphor') continue;
      registry.cite(m.entity, { sentence: sentence.index, start: m.start, end: m.end, text: m.text, rule: m.how, score: m.score });
      const entity = registry.get(m.entity);
      if (entity && !entity.known && m.role === 'name' && m.text !== entity.name && !/^(?:its?|he|his|him)$/i.test(m.text) && !stateByDemonym(m.text))
        registry.addAlias(entity, m.text);
    }
  }
  return { analysed, pair };
}

function phrasePass(analysed: Analysed[], registry: Registry, pair: [string, string] | undefined, reading: Reading): void {
  let lastPlace: { id: string; name: string } | undefined;
  for (const item of analysed) {
    leaderStates(item, registry);
    item.mentions = phrases(item, registry, pair, () => lastPlace, reading);
    for (const mention of item.mentions) {
      for (const id of [...(mention.inner ?? []), mention.entity]) {
        const entity = registry.get(id);
        if (entity?.kind === 'REGION' && entity.regionType !== 'CITY') lastPlace = entity;
      }
    }
    leaderStates(item, registry);
  }
}

/** The two states named most often (ties by first mention), sorted by name: "Armenia–Azerbaijan". */
function mainPair(analysed: Analysed[], registry: Registry): [string, string] | undefined {
  const counts = new Map<string, number>();
  for (const { mentions } of analysed) {
    for (const m of mentions) {
      const entity = registry.get(m.entity);
      const state = entity?.kind === 'STATE' ? entity.id : undefined;
      if (state) counts.set(state, (counts.get(state) ?? 0) + 1);
    }
  }
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 2);
  if (top.length < 2 || (top[1] as [string, number])[1] < 2) return undefined;
  return top.map(([id]) => registry.get(id)?.name ?? id).sort() as [string, string];
}

function phrases(
  item: Analysed,
  registry: Registry,
  pair: [string, string] | undefined,
  previousPlace: () => { id: string; name: string } | undefined,
  reading: Reading,
): Mention[] {
  const { sentence } = item;
  let mentions = item.mentions;
  let masked = mask(sentence.text, sentence.start, mentions);
  for (const phrase of PHRASES) {
    const slot = (n: string | undefined) => (n === undefined ? undefined : masked.slots[Number(n)]);
    const context: PhraseContext = {
      state: (n) => {
        const m = slot(n);
        const entity = m && registry.get(m.entity);
        const id = entity?.kind === 'STATE' ? entity.id : entity?.state;
        const state = id ? registry.get(id) : undefined;
        return state && { id: state.id, name: state.name, demonym: demonymOf(state.name, state.isoCode) };
      },
      entity: (n) => {
        const m = slot(n);
        return m && registry.get(m.entity);
      },
      isCity: (id) => registry.get(id)?.regionType === 'CITY',
      areaNamed: (name) => {
        const key = name.toLowerCase();
        return [...registry.entities.values()].find((e) => e.regionType === 'AREA' && e.aliases.some((a) => a.toLowerCase() === key))?.id;
      },
      city: (n) => {
        const m = slot(n);
        return m?.role === 'capital' || registry.get(m?.entity ?? '')?.regionType === 'CITY' ? m?.entity : undefined;
      },
      placeBefore: (at) => {
        const before = masked.slots.filter((m, i) => masked.text.indexOf(`⟦${i}:`) < at && m.kind === 'REGION' && m.role !== 'capital');
        const last = before.at(-1);
        return (last && registry.get(last.entity)) ?? previousPlace();
      },
      mainPair: () => pair,
      tags: (text) => {
        const at = sentence.text.indexOf(text);
        return at < 0 ? '' : reading.tags(sentence.start + at, sentence.start + at + text.length);
      },
      words: (text) => unmask(masked, text),
      namedInFull: (name) => {
        const head = `${name.toLowerCase()} of `;
        const found = [...registry.entities.values()].filter((e) => e.kind === 'ORGANIZATION' && e.state && e.name.toLowerCase().startsWith(head));
        return found.length === 1 ? found[0] : undefined;
      },
      sentenceState: () => {
        for (const m of masked.slots) {
          const entity = registry.get(m.entity);
          const id = entity?.kind === 'LEADER' || entity?.regionType === 'CITY' ? entity.state : undefined;
          const state = id ? registry.get(id) : undefined;
          if (state) return { id: state.id, name: state.name, demonym: demonymOf(state.name, state.isoCode) };
        }
        return undefined;
      },
    };
    const added: Mention[] = [];
    for (const match of masked.text.matchAll(phrase.pattern)) {
      const groups = groupsOf(match);
      const built = phrase.build(groups, context, match.index);
      if (!built) continue;
      const group = built.group ? groups[built.group] : undefined;
      const from = group !== undefined ? match.index + match[0].indexOf(group) : match.index;
      const [start, end] = originalSpan(masked, from, from + (group ?? match[0]).length);
      if (added.some((a) => start < a.end && a.start < end)) continue;
      const entity = registry.propose(built.spec);
      const text = item.sentence.text.slice(start - sentence.start, end - sentence.start);
      // "Thai" in "Thai and Cambodian troops" stands for the troops but is no name of them.
      if (!stateByDemonym(text)) registry.addAlias(entity, text);
      const inner = mentions.filter((m) => m.start >= start && m.end <= end).map((m) => m.entity);
      added.push({ start, end, text, entity: entity.id, kind: entity.kind, role: built.role ?? 'name', how: phrase.rule, score: 0.85, inner });
    }
    if (!added.length) continue;
    mentions = resolveOverlaps([...added, ...mentions.filter((m) => !added.some((a) => m.start >= a.start && m.end <= a.end))]);
    masked = mask(sentence.text, sentence.start, mentions);
  }
  return mentions;
}

function demonymOf(name: string, isoCode: string | undefined): string {
  return (isoCode && stateByIso(isoCode)?.demonym) || name;
}

const TARGETED =
  /\b(?:accused|accuses|blamed|blames|attacked|condemned|condemns|urged|urges|warned|warns|against|invaded|met|told|called on|thanked|to|from|with|on|at|by|for|of|in|into|over|visit|visited)\s+(?:the\s+)?$/i;

/** Titles that only a state's own leaders and ministers carry: the only ones guessed from the sentence. */
const NATIONAL_OFFICE =
  /^(?:(?:Deputy|Vice|Acting|First|Caretaker) )?(?:President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Sultan|(?:[\w-]+ ){0,2}(?:[Mm]inister|Secretary)|Secretary of State)$/;

const ADVISER_TO = new RegExp(`⟦(\\d+):L⟧, (?:the |a |an )?(?:[a-z-]+ ){0,3}${OFFICE_NOUN} to (?:${TITLE} )?⟦(\\d+):L⟧`, 'gu');
const OWNER = '⟦(?<owner>\\d+):(?:S|Sd|O|Ox|Sx)⟧';
/** "adviser to X" serves X; an ambassador, envoy or representative "to X" serves whoever sent them, not X. */
const TO_OWNER = '(?<!ambassador|envoy|representative|delegate) to';
const RANK = `(?:${HONORIFIC} )?`;
/** The words of an office after its owner ("foreign ministry spokeswoman"), not of another clause ("X after a spokesman"). */
const OFFICE_WORDS = '(?:(?!(?:after|before|and|or|but|with|a|an|the|as|when|while|that|which|who|said|says)\\b)[a-z-]+ ){0,3}';
/**
 * Whose office a title names: its owner before it ("Chinese foreign ministry spokeswoman X",
 * "Qatar's emir, X", "Kyrgyz President X"), or after it ("X, the AU's envoy for …", "X, a spokesman
 * for Y", "The UN special coordinator for Lebanon, X", "President of the Kyrgyz Republic X"); not
 * "a spokesman for Y's intelligence agency, X", whose office is in the agency, not in Y.
 */
const OFFICE_OWNER: readonly RegExp[] = [
  pattern(
    `${OWNER}(?:['’]s)? (?:${TITLE} |(?:[a-z-]+ ){0,3}${OFFICE_NOUN}(?: of (?:the )?(?:general )?staff)?(?: (?:to|at) (?:the )?⟦\\d+:\\w+⟧)?,? )?${RANK}⟦(?<leader>\\d+):L⟧`,
  ),
  pattern(
    `⟦(?<leader>\\d+):L⟧, (?:the |a |an )?(?:${OWNER}['’]s (?:[a-z-]+ ){0,3}${OFFICE_NOUN}|(?:⟦\\d+:Sd⟧ )?(?:[a-z-]+ ){0,3}(?:${OFFICE_NOUN}|${TITLE}) (?:of|for|${TO_OWNER}) (?:the )?${OWNER})`,
  ),
  pattern(
    `(?:${OWNER} ${OFFICE_WORDS}${OFFICE_NOUN}(?: (?:of|for|to|in) (?:the )?⟦\\d+:\\w+⟧(?!['’]s))?|(?:${OFFICE_NOUN}|${TITLE}) (?:of|for|${TO_OWNER}) (?:the )?${OWNER}(?!['’]s))[^⟦,;]{0,40},? ${RANK}⟦(?<leader>\\d+):L⟧`,
  ),
];

/**
 * Whose office a titled person holds: a state or a body the title's own words name; else, for a
 * state's own offices only (a president, a minister), the state the sentence names first, never
 * one it names as the target of an act ("President X accused Russia"). Never the state the story
 * is filed from: "Prime Minister X" in a report filed from Moscow may be anybody's.
 */
function leaderStates(item: Analysed, registry: Registry): void {
  const masked = mask(item.sentence.text, item.sentence.start, item.mentions);
  for (const owner of OFFICE_OWNER) {
    for (const match of masked.text.matchAll(owner)) {
      const groups = groupsOf(match);
      const leader = registry.get(masked.slots[Number(groups.leader)]?.entity ?? '');
      const body = registry.get(masked.slots[Number(groups.owner)]?.entity ?? '');
      if (leader?.kind !== 'LEADER' || leader.known || !body || leader.body || (leader.state && body.kind === 'STATE')) continue;
      if (body.kind === 'STATE') leader.state = body.id;
      else if (body.kind === 'ORGANIZATION') leader.body = body.id;
    }
  }
  // "X, national security adviser to Prime Minister Y": an office in the government of the state Y leads.
  for (const match of masked.text.matchAll(ADVISER_TO)) {
    const leader = registry.get(masked.slots[Number(match[1])]?.entity ?? '');
    const head = registry.get(masked.slots[Number(match[2])]?.entity ?? '');
    const state = head?.state ? registry.get(head.state) : undefined;
    if (leader?.kind === 'LEADER' && !leader.known && !leader.body && state?.kind === 'STATE' && !head?.stateGuessed)
      leader.body = registry.propose(institutionSpec(state, 'GOVERNMENT', 'Government')).id;
  }
  const target = (m: Mention) => TARGETED.test(masked.text.slice(0, masked.text.indexOf(`⟦${masked.slots.indexOf(m)}:`)));
  // A capital he speaks in counts ("told lawmakers in Yerevan"); an adjective does not (it describes something else).
  const capital = masked.slots.find(
    (m) => m.role === 'capital' && !TARGETED.test(`${masked.text.slice(0, masked.text.indexOf(`⟦${masked.slots.indexOf(m)}:`)).replace(/\bin\s+$/, '')}`),
  );
  const firstState =
    masked.slots.find((m) => m.kind === 'STATE' && m.role === 'name' && !target(m)) ??
    (capital && registry.get(capital.entity)?.state ? { entity: registry.get(capital.entity)?.state as string } : undefined);
  for (const m of masked.slots) {
    const leader = registry.get(m.entity);
    if (leader?.kind === 'LEADER' && leader.office && !leader.state && !leader.body && firstState && !leader.known && NATIONAL_OFFICE.test(leader.office)) {
      leader.state = firstState.entity;
      leader.stateGuessed = 'sentence';
    }
  }
}
