/**
 * Pronouns and definite descriptions, resolved to the entity the report named last that fits:
 * "he/him/his" a person, "its territory" the state the sentence is about, "its forces" the armed
 * forces of the last state (or of a state's institution or capital), "its" otherwise the last
 * organization or state, "the country" a state, "this organization" an alliance, "the army" the
 * army named before or else the last state's, "the rebels" the last armed group of no state, "the
 * region" a place; "both sides" the two parties of the event spoken of (resolvePairs, after the
 * events are found). Each is a mention with a low
 * score; "its forces" and a state's "army" are the armed forces themselves, proposed if need be.
 */
import type { Registry } from '../entities.js';
import { attribute } from '../attribution.js';
import { CONTINENTS } from '../gazetteer.js';
import { type Analysed, mask, type Mention, resolveOverlaps } from './mask.js';
import { institutionSpec } from './phrase-parts.js';

interface Seen {
  id: string;
  kind: string;
  /** The words it was named by, lowercase ("m23 rebels"). */
  text: string;
  detail?: string;
  plural?: boolean;
  state?: string;
}

type Want = (seen: Seen) => boolean;

const SAYING = /\b(?:said|says|told|added|announced|stated|declared)\b/;
const ANAPHORS: readonly {
  pattern: RegExp;
  rule: string;
  want: Want;
  /** Who is taken first; with `preferOnly`, nobody else. */
  prefer?: (seen: Seen, words: string) => boolean;
  preferOnly?: boolean;
  subject?: boolean;
  forces?: boolean;
  government?: boolean;
}[] = [
  // "X said his government had asked …": the government of the state the person serves, not the person.
  { pattern: /\b(?:his|her) (?:own )?government\b/gi, rule: 'anaphor/his-government', want: (s) => s.kind === 'LEADER' && Boolean(s.state), government: true },
  { pattern: /\b(?:he|him|his)\b/gi, rule: 'anaphor/he', want: (s) => s.kind === 'LEADER' },
  {
    pattern: /\bits(?= (?:own )?(?:territory|territories|land|soil|sovereignty|borders?|territorial integrity)\b)/gi,
    rule: 'anaphor/its-territory',
    want: (s) => s.kind === 'STATE',
    subject: true,
  },
  // "its forces": the armed forces of the state "its" is, or whose institution or capital it is ("Baku said its forces …").
  {
    pattern: /\bits (?:own )?(?:armed forces|forces|troops|army|military|soldiers|servicem[ae]n|service ?members|military personnel)\b/gi,
    rule: 'anaphor/its-forces',
    want: (s) => s.kind === 'STATE' || (s.kind !== 'LEADER' && s.kind !== 'EVENT' && Boolean(s.state) && s.detail !== 'ARMED_FORCE'),
    forces: true,
  },
  { pattern: /\bits\b/gi, rule: 'anaphor/its', want: (s) => s.kind === 'ORGANIZATION' || s.kind === 'STATE' },
  { pattern: /\bthe country(?:['’]s)?(?=[\s,;:.]|$)/gi, rule: 'anaphor/the-country', want: (s) => s.kind === 'STATE' },
  // The head noun only: "the Russia-led alliance" keeps "Russia" for the rules.
  {
    pattern: /(?<=\b(?:this|the|that) (?:[\p{L}-]+ ){0,2})(?:organi[sz]ation|alliance|bloc|pact)\b/giu,
    rule: 'anaphor/the-organization',
    want: (s) => s.detail === 'ALLIANCE',
  },
  // "the council": the council named last ("an emergency session of the UN Security Council … urged the council to …").
  { pattern: /\bthe council\b(?! of\b)/gi, rule: 'anaphor/the-council', want: (s) => s.kind === 'ORGANIZATION' && /\bcouncil\b/.test(s.text) },
  { pattern: /\bthe (?:government|(?:military )?junta)\b/gi, rule: 'anaphor/the-government', want: (s) => s.detail === 'GOVERNMENT' },
  // "The army" is a state's, not a militia's.
  { pattern: /\bthe (?:army|military)\b/gi, rule: 'anaphor/the-army', want: (s) => s.detail === 'ARMED_FORCE' && Boolean(s.state) },
  // With no army named before, "the army" is the armed forces of the last state named ("the military" is too often an adjective).
  {
    pattern: /\bthe army\b(?! (?:chief|commander|base|headquarters|officer|situation)s?\b)/gi,
    rule: 'anaphor/the-army-of',
    want: (s) => s.kind === 'STATE',
    forces: true,
  },
  // "The rebels", "the group": the armed group without a state named last; first the last one named so
  // ("M23 rebels … the FDLR, a militia … the rebels" is M23).
  {
    pattern: /\bthe (?:rebels|militants|insurgents|militia|group)\b/gi,
    rule: 'anaphor/the-rebels',
    want: (s) => s.detail === 'ARMED_FORCE' && !s.state,
    prefer: (s, words) => s.text.includes(words.slice(4).toLowerCase()),
  },
  {
    pattern:
      /\bthe (?:region|area|territory|enclave)\b(?! (?:of|adjacent|neighbou?ring|bordering|conquered|captured|seized|taken|held|that|which|controlled|occupied|around)\b)/gi,
    rule: 'anaphor/the-region',
    // "The region" is one place, not "the regions adjacent to …".
    // Nor a continent named in passing ("one of the largest in Europe"): a report's region is smaller.
    want: (s) => s.kind === 'REGION' && s.detail !== 'CITY' && !s.plural && !CONTINENTS.has(s.id),
  },
  // "the province", "the district": the last one named so ("Cabo Delgado province … the province").
  {
    pattern: /\bthe (?:province|district|county|governorate|oblast|department)\b(?! of\b)/gi,
    rule: 'anaphor/the-province',
    want: (s) => s.kind === 'REGION' && s.detail !== 'CITY' && !s.plural,
    prefer: (s, words) => s.text.includes(words.slice(4).toLowerCase()),
    preferOnly: true,
  },
];

/** "X said it …": after a verb of saying, "it" and "they" are the one who says (the subject right before the verb). */
const SAID_IT =
  /\b(?:said|says|added|announced|claimed|stated|insisted|confirmed|acknowledged|admitted|denied|warned|told (?:\w+ ){0,2}?)(?: on \w+)?(?: that)? (?<pronoun>it|they)\b/gi;
const BETWEEN_SUBJECT_AND_VERB = /^\s*(?:(?:later|also|again|earlier|then|[a-z]+ly|on \w+(?: \w+)?),?\s+)*$/i;

const PAIR =
  /\b(?:[Bb]oth|[Tt]he two) (?:countries|sides|parties|states|nations|neighbou?rs|governments|armies|(?:former [A-Z]\w+|nuclear-armed) (?:republics|neighbou?rs|states))\b|\b[Tt]he parties\b|\b[Ee]ach (?:side|country|party|nation|state|government)\b(?= (?:\w+ )?(?:accuse|blame|charge)[sd]? the other\b)/g;

/**
 * "Both sides", "the two nations": the two parties of the event the report is speaking of at that
 * sentence (the fight or truce named there, else the last one named), never the states the report
 * or the graph names most. Read after the events are found; nothing when that event has not two.
 */
export function resolvePairs(analysed: Analysed[], sidesAt: (sentence: number) => string[] | undefined): void {
  analysed.forEach((item, index) => {
    const { sentence } = item;
    const found: Mention[] = [];
    for (const match of sentence.text.matchAll(PAIR)) {
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      if (item.mentions.some((m) => start < m.end && m.start < end)) continue;
      const sides = sidesAt(index);
      if (sides?.length !== 2) continue;
      found.push({ start, end, text: match[0], entity: sides[0] as string, kind: 'STATE', role: 'anaphor', how: 'anaphor/both', score: 0.5, members: sides });
    }
    if (found.length) item.mentions = resolveOverlaps([...item.mentions, ...found]);
  });
}

export function resolveAnaphora(analysed: Analysed[], registry: Registry): void {
  const seen: Seen[] = [];
  for (const item of analysed) {
    const { sentence } = item;
    const found: Mention[] = [];
    const at = (offset: number) => item.mentions.filter((m) => m.end <= sentence.start + offset);
    const taken = (start: number, end: number) => item.mentions.some((m) => start < m.end && m.start < end);
    // "…, the Thai army said. It accused …", "… said. Its spokesman, X, …": a sentence opening on "It",
    // "They" or an office of "Its" goes on with the speaker before, not with whatever that sentence named last.
    // So does an opening "He" or "She" after a sentence someone said: that one, or nobody when the
    // speaker was not made out ("X, a former officer who …, said … . He accused …").
    const opening =
      /^(?:It|They)\b(?! (?:is|was|will|would|has been|had been|remains|seems|appears)\b)|^Its(?= (?:spokes(?:man|woman|person)|chair(?:man|woman)?|head|leader|chief|commander|director|envoy|representative|secretary)\b)|^(?:He|She)\b/.exec(
        sentence.text,
      );
    const previous = analysed[analysed.indexOf(item) - 1];
    let personBlocked = false;
    if (opening && previous && previous.sentence.paragraph === sentence.paragraph) {
      const said = attribute(mask(previous.sentence.text, previous.sentence.start, previous.mentions), registry);
      const speaker = said.speakerId ? registry.get(said.speakerId) : undefined;
      const person = /^(?:He|She)$/.test(opening[0]);
      const fits = person ? speaker?.kind === 'LEADER' : speaker?.kind === 'STATE' || speaker?.kind === 'ORGANIZATION';
      if (speaker && fits && !said.agency && !taken(sentence.start, sentence.start + opening[0].length)) {
        found.push({
          start: sentence.start,
          end: sentence.start + opening[0].length,
          text: opening[0],
          entity: speaker.id,
          kind: speaker.kind,
          role: 'anaphor',
          how: 'anaphor/speaker-goes-on',
          score: 0.55,
        });
      } else if (person && !speaker && SAYING.test(previous.sentence.text)) personBlocked = true;
    }
    for (const { pattern, rule, want, prefer, preferOnly, subject, forces, government } of ANAPHORS) {
      for (const match of sentence.text.matchAll(pattern)) {
        const start = sentence.start + match.index;
        const end = start + match[0].length;
        if (taken(start, end) || found.some((f) => start < f.end && f.start < end) || (personBlocked && match.index === 0)) continue;
        const before = [...seen, ...at(match.index).flatMap((m) => toSeen(m, registry))];
        const target = subject
          ? at(match.index)
              .flatMap((m) => toSeen(m, registry))
              .find(want)
          : (before.reverse().find((s) => want(s) && prefer?.(s, match[0])) ?? (preferOnly ? undefined : before.find(want)));
        if (!target) continue;
        const army = forces
          ? institutionOf(registry, target.kind === 'STATE' ? target.id : target.state, 'ARMED_FORCE')
          : government
            ? institutionOf(registry, target.state, 'GOVERNMENT')
            : undefined;
        if (army) found.push({ start, end, text: match[0], entity: army, kind: 'ORGANIZATION', role: 'name', how: rule, score: 0.6 });
        else if (!forces && !government)
          found.push({ start, end, text: match[0], entity: target.id, kind: target.kind as Mention['kind'], role: 'anaphor', how: rule, score: 0.5 });
      }
    }
    for (const match of sentence.text.matchAll(SAID_IT)) {
      const word = match.groups?.pronoun as string;
      const start = sentence.start + match.index + match[0].length - word.length;
      if (taken(start, start + word.length) || found.some((f) => start < f.end && f.start < start + word.length)) continue;
      const verbAt = sentence.start + match.index;
      const subject = at(match.index)
        .filter((m) => m.kind === 'STATE' || m.kind === 'ORGANIZATION')
        .at(-1);
      if (!subject || subject.role === 'agency' || !BETWEEN_SUBJECT_AND_VERB.test(sentence.text.slice(subject.end - sentence.start, verbAt - sentence.start)))
        continue;
      found.push({
        start,
        end: start + word.length,
        text: word,
        entity: subject.entity,
        kind: subject.kind,
        role: 'anaphor',
        how: 'anaphor/said-it',
        score: 0.6,
      });
    }
    item.mentions = resolveOverlaps([...item.mentions, ...found]);
    for (const m of item.mentions) seen.push(...toSeen(m, registry));
  }
}

/** A state's armed forces or government, proposed if need be. */
function institutionOf(registry: Registry, stateId: string | undefined, kind: 'ARMED_FORCE' | 'GOVERNMENT'): string | undefined {
  const state = stateId ? registry.get(stateId) : undefined;
  return state?.kind === 'STATE' ? registry.propose(institutionSpec(state, kind, kind === 'GOVERNMENT' ? 'Government' : 'Armed Forces')).id : undefined;
}

function toSeen(mention: Mention, registry: Registry): Seen[] {
  if (mention.role === 'agency' || mention.members) return [];
  return [...(mention.inner ?? []), mention.entity].flatMap((id) => {
    const entity = registry.get(id);
    return entity
      ? [
          {
            id,
            kind: entity.kind,
            text: mention.text.toLowerCase(),
            detail: entity.orgType ?? entity.regionType,
            state: entity.state,
            plural: /^\p{L}+s\b/u.test(entity.name) && !/ss\b/.test(entity.name.split(' ')[0] as string),
          },
        ]
      : [];
  });
}
