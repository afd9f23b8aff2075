/**
 * Runs every rule table over every sentence and keeps what fits the model: each proposed
 * relationship has its ends resolved (a capital acting is its state), its kinds checked against
 * the vocabulary (re-typed or dropped when they do not fit), its confidence from the sentence's
 * attribution, and its time from the sentence's dates. The same relationship read twice is one,
 * with both sentences as citations.
 */
import type { EventType } from '../model/vocabulary.js';
import { attribute, stance } from './attribution.js';
import type { Registry } from './entities.js';
import type { Events } from './events.js';
import { type Analysed, mask } from './mentions/mask.js';
import { groupsOf } from './pattern.js';
import type { Candidate, Found, RuleContext } from './rules/engine.js';
import { RULE_TABLES } from './rules/index.js';
import type { TimeExpression } from './time.js';
import { frameCandidates } from './parser/frames.js';
import { TIMED, actorsOf, fit, timeOf } from './candidate-ends.js';
import type { ParsedText } from './parser/parsed.js';

/** A verb of saying and what follows it: the reported clause starts after it. */
const REPORTED_CLAUSE = /\b(?:said|says|say|announced|added|stated|claimed|confirmed|reported|told (?:[\w⟦⟧:\d]+ ){1,3}?)(?: that)? (?=\S)/g;
const PREPOSITION = /\b(?:of|in|by|with|to|from|for|on|about|over|against|between|among|at|into|than|around)\s+(?:the\s+)?(?:(?!which|who|that)\w+\s+)?$/i;
const QUANTITY = /\b(?:thousands|hundreds|dozens|some|many|most|part|members|all|none|several)\s+of\s+(?:the\s+)?(?:\w+\s+)?$/i;

export function relate(
  analysed: Analysed[],
  times: TimeExpression[][],
  events: Events,
  registry: Registry,
  parsed?: { text: string; parse: ParsedText },
): Candidate[] {
  const candidates: Candidate[] = [];
  analysed.forEach((item, index) => {
    const masked = mask(item.sentence.text, item.sentence.start, item.mentions);
    const attribution = attribute(masked, registry);
    const slot = (n: string | undefined) => (n === undefined ? undefined : masked.slots[Number(n)]);
    const context: RuleContext = {
      sentence: item.sentence,
      masked,
      registry,
      attribution,
      events,
      times: times[index] ?? [],
      slot,
      entity: (n) => registry.get(slot(n)?.entity ?? ''),
      actors: (n) => actorsOf(slot(n), registry),
      list: (text) => [...(text ?? '').matchAll(/⟦(\d+):/g)].map((m) => m[1] as string),
      subject: (at) => {
        // The clause a verb of saying opens ("… said Y had asked …") has its own subject.
        const whole = masked.text.slice(Math.max(attribution.content[0], 0), at);
        const reported = [...whole.matchAll(REPORTED_CLAUSE)].at(-1);
        const before = reported ? whole.slice((reported.index ?? 0) + reported[0].length) : whole;
        // A possessive is not the subject's head: "Israel's ambassador, X, accused …" is X's accusation.
        let owner: string | undefined;
        for (const match of before.matchAll(/⟦(\d+):(?:S|O|L|Rc)[px]?⟧/g)) {
          const prefix = before.slice(0, match.index);
          if (PREPOSITION.test(prefix) && !QUANTITY.test(prefix)) continue;
          if (!/^['’]s\b/.test(before.slice((match.index ?? 0) + match[0].length))) return actorsOf(slot(match[1]), registry);
          owner ??= match[1];
        }
        return owner === undefined ? [] : actorsOf(slot(owner), registry);
      },
      event: (types: readonly EventType[]) => {
        const here = masked.slots.map((m) => registry.get(m.entity)).find((e) => e?.kind === 'EVENT' && types.includes(e.eventType as EventType));
        return here ?? events.current(index, types);
      },
    };
    for (const table of RULE_TABLES) {
      for (const rule of table.rules) {
        const results: { found: Found; at: number; end: number }[] = [];
        if (rule.pattern) {
          for (const match of masked.text.matchAll(rule.pattern)) {
            const at = match.index ?? 0;
            for (const found of [rule.build?.(groupsOf(match), context, match) ?? []].flat())
              results.push({ found, at: found.at ?? at, end: at + match[0].length });
          }
        }
        if (rule.each) {
          masked.slots.forEach((mention, n) => {
            const at = masked.text.indexOf(`⟦${n}:`);
            for (const found of [rule.each?.(mention, context) ?? []].flat()) results.push({ found, at, end: at + 1 });
          });
        }
        for (const { found, at, end } of results) {
          for (const from of [found.from].flat()) {
            for (const to of [found.to].flat()) {
              const fitted = fit(table.type, from, to, registry);
              if (!fitted) continue;
              // A match that starts before the statement (its subject) but reaches into it is part of it.
              const position = stance(attribution, end > attribution.content[0] ? Math.max(at, attribution.content[0]) : at, masked, found.presupposed);
              const time = TIMED.has(table.type) ? timeOf(times[index] ?? []) : undefined;
              candidates.push({
                type: table.type,
                from: fitted[0],
                to: fitted[1],
                extra: Object.fromEntries(Object.entries(found.extra ?? {}).filter(([, v]) => v !== undefined)),
                notes: found.note ? [found.note] : [],
                score: found.score ?? rule.score,
                rule: rule.name,
                confidence: found.confidence ?? position.confidence,
                assertedBy: found.assertedBy ?? position.assertedBy,
                via: position.via,
                sentence: item.sentence,
                mentions: masked.slots.filter((_, n) => {
                  const p = masked.text.indexOf(`⟦${n}:`);
                  return p >= at && p < end;
                }),
                time,
              });
            }
          }
        }
      }
    }
  });
  // With a parse, the dependency frames the surface rules did not read (src/extract/parser/frames.ts).
  if (parsed) candidates.push(...frameCandidates(parsed.text, parsed.parse, analysed, times, registry, candidates));
  for (const table of RULE_TABLES) if (table.infer) candidates.push(...table.infer(candidates, registry));
  return candidates;
}
