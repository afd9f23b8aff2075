/**
 * LOCATED_IN: an institution "in" a city ("the authorities in Yerevan"); an event and the place it
 * happens in ("demonstrators gathered in Yerevan", "due to arrive in Yerevan", "forced civilians to
 * flee the border zone", said "in the parliament in Yerevan"); "the inhabitants of X" mourning;
 * peacekeepers deployed in a place; "the peacekeeping force in X, KFOR"; "the recapture of X" in X.
 */
import { ACTOR, ANY, AUX, EVENT, IN_CLAUSE, PLACE, PLACES, V, rule, type RuleContext, type RuleTable } from './engine.js';
import { CONTINENTS } from '../gazetteer.js';
import { conditional, forcesOf, stateOf } from './helpers.js';

const FRONTED = /^(?:Under|In line with|In accordance with|As part of|Per)\s+$/i;

/**
 * A place in what the sentence states, not in who states it: "…, the defence ministry in Baku said"
 * puts nothing in Baku; nor is a continent named in a comparison ("the worst defeat in Africa") a place.
 */
const stated = (c: RuleContext, n: string | undefined) => {
  const at = c.masked.text.indexOf(`⟦${n}:`);
  return at >= c.attribution.content[0] && at <= c.attribution.content[1] && !CONTINENTS.has(c.slot(n)?.entity ?? '');
};

export const locatedIn: RuleTable = {
  type: 'LOCATED_IN',
  rules: [
    {
      name: 'located-in/seat',
      score: 0.85,
      each: (m, c) => {
        const entity = c.registry.get(m.entity);
        return entity?.seat && m.role !== 'anaphor' ? { from: entity.id, to: entity.seat, confidence: 'REPORTED_FACT' } : undefined;
      },
    },
    {
      name: 'located-in/event-place',
      score: 0.65,
      // Within the event's clause: in "the invasion in 2022, leaving troops in X cut off" X is not where the invasion was.
      pattern: rule(
        `${EVENT('from')}${IN_CLAUSE}\\b(?:in|at|along|near|flee|to flee|from) (?:the )?(?:[a-z]+ )?(?:⟦\\d+:Sd⟧ )?(?:(?:towns?|cities|city|villages?|areas?|region|port) of |capital,? )?${PLACES('to')}`,
      ),
      build: (g, c, m) => {
        const event = c.entity(g.from);
        if (!event || event.eventType === 'CONFLICT') return undefined;
        // "if the fighting spreads along X" is no fighting yet; "a statement on the attacks in X" is not made in X.
        if (conditional(c.masked.text.slice(0, m.index))) return undefined;
        if (event.eventType === 'STATEMENT' && !/^\S*\s*(?:in|at)\b/.test(m[0].slice(m[0].indexOf('⟧') + 1))) return undefined;
        // "Under the deal, peacekeepers will be deployed along X": the place is the clause's, not the deal's.
        if (FRONTED.test(c.masked.text.slice(0, m.index)) && m[0].includes(',')) return undefined;
        return c
          .list(g.to)
          .filter((n) => stated(c, n))
          .map((n) => ({ from: event.id, to: c.slot(n)?.entity ?? '' }));
      },
    },
    {
      name: 'located-in/attacked-place',
      score: 0.6,
      // Also "attacked the Mozambican town of X", "stormed the port city of Y", "an attack on the town of X", "clashed
      // on the disputed border" (a town or a border: an attack "on southern Y" is aimed at a side more often than placed).
      pattern: rule(
        `${EVENT('from')} (?<on>on )?(?:⟦\\d+:Sx⟧ |the )?(?:⟦\\d+:Sd⟧ )?(?<town>(?:[a-z]+ )?(?:towns?|city|cities|villages?|port) of )?${PLACES('to')}`,
      ),
      build: (g, c) => {
        const event = c.entity(g.from);
        if (event?.eventType !== 'CLASH') return undefined;
        const places = c.list(g.to).filter((n) => !g.on || g.town || c.entity(n)?.regionType === 'BORDER_ZONE');
        return places.map((n) => ({ from: event.id, to: c.slot(n)?.entity ?? '' }));
      },
    },
    {
      name: 'located-in/taken-place',
      score: 0.65,
      // "the recapture of X", "the fall of the town of Y", "the siege of Z": where it happened is what it was of.
      pattern: rule(`⟦(?<from>\\d+):Ex?⟧ of (?:the )?(?:[a-z]+ )?(?:(?:town|city|port|village|capital) of )?${PLACE('to')}`),
      build: (g, c) => {
        const taken = /(?:capture|fall|seizure|liberation|storming|siege|blockade)$/i.test(c.slot(g.from)?.text ?? '');
        return taken ? { from: c.entity(g.from)?.id ?? '', to: c.slot(g.to)?.entity ?? '' } : undefined;
      },
    },
    {
      name: 'located-in/event-seat',
      score: 0.6,
      pattern: rule(`${EVENT('from')}${IN_CLAUSE} in (?:the )?⟦(?<org>\\d+):O⟧`),
      build: (g, c) => {
        const seat = stated(c, g.org) ? c.entity(g.org)?.seat : undefined;
        return seat ? { from: c.entity(g.from)?.id ?? '', to: seat } : undefined;
      },
    },
    {
      name: 'located-in/inhabitants',
      score: 0.6,
      pattern: rule(`(?:inhabitants|people|residents|citizens) (?:of|in) ${PLACE('to')} ${EVENT('from')}`),
      build: (g, c) => ({ from: c.entity(g.from)?.id ?? '', to: c.slot(g.to)?.entity ?? '' }),
    },
    {
      name: 'located-in/deployed',
      score: 0.6,
      pattern: rule(`⟦(?<from>\\d+):O⟧ ${AUX}(?:deployed|stationed|sent|based) (?:to|in|into|along|at|near|on) ${PLACE('to')}`),
      build: (g, c) => {
        const force = c.entity(g.from);
        return force?.orgType === 'ARMED_FORCE' || force?.orgType === 'PEACEKEEPING_FORCE' ? { from: force.id, to: c.slot(g.to)?.entity ?? '' } : undefined;
      },
    },
    {
      name: 'located-in/force-in',
      score: 0.6,
      // "the peacekeeping force in X, KFOR,", "the KFOR mission in X": a force described by where it is.
      pattern: rule(
        `\\b(?:force|mission|contingent|troops|peacekeepers|operation) (?:in|on) ${PLACE('to')}(?:, | \\()⟦(?<from>\\d+):O⟧|⟦(?<from>\\d+):O⟧ (?:[a-z]+ )?(?:force|mission|contingent|troops|peacekeepers) (?:in|on) ${PLACE('to')}`,
      ),
      build: (g, c) => {
        const force = c.entity(g.from);
        return force?.orgType === 'ARMED_FORCE' || force?.orgType === 'PEACEKEEPING_FORCE' ? { from: force.id, to: c.slot(g.to)?.entity ?? '' } : undefined;
      },
    },
    {
      name: 'located-in/peacekeepers',
      score: 0.55,
      pattern: rule(
        `${ACTOR('from')},? (?:which |who )?${AUX}(?:${V('deploy', 'send', 'station', 'dispatch', 'keep', 'maintain')}|has|have)${ANY} (?:in|into|to) ${PLACE('to')}`,
      ),
      build: (g, c) => {
        if (!/peacekeep/i.test(c.sentence.text)) return undefined;
        const force = forcesOf(c, stateOf(c, c.actors(g.from)[0]), true);
        return force
          ? {
              from: force,
              to: c.slot(g.to)?.entity ?? '',
              note: 'The source does not name the force; these are the troops it says were deployed as peacekeepers.',
            }
          : undefined;
      },
    },
  ],
};
