/**
 * PART_OF (de jure): a state's institutions and forces are part of it, a force an alliance leads is
 * part of the alliance; "X, a region that is de
 * jure part of Y", "X, a region in northern Y", "the village of X in northern Y", "southern Y" (part
 * of Y), "Y's X region", the area a local body "in Y" runs; "the fighting,
 * which was the greatest escalation of the conflict"; "the last stage of this conflict".
 */
import type { EventType } from '../../model/vocabulary.js';
import { AUX, EVENT, PLACE, rule, type Candidate, type RuleTable } from './engine.js';
import { implied } from './helpers.js';

const INSTITUTIONS = new Set(['GOVERNMENT', 'MINISTRY', 'COUNCIL', 'PARLIAMENT', 'ARMED_FORCE', 'PEACEKEEPING_FORCE']);
const EPISODES: readonly EventType[] = ['CLASH', 'WAR', 'CEASEFIRE'];
const WHOLES: readonly EventType[] = ['CONFLICT', 'WAR'];
/** Mentions that name an area as one, which a town can lie in. */
const AREAS = new Set(['region/direction', 'region/named-area', 'region/province-of']);
const FORCES = new Set(['ARMED_FORCE', 'PEACEKEEPING_FORCE']);
const FORCE = '(?:force|mission|contingent|coalition|operation)';
/** What a state is divided into, as news copy names it: "the Indian state of X", "the Thai district of Y". */
const UNIT = 'city|town|village|port|region|province|state|district|department|county|governorate|oblast|prefecture';
const DIRECTION = '(?:north|south|east|west|centre|center|central)(?:ern)?(?:-?(?:east|west)(?:ern)?)?';

export const partOf: RuleTable = {
  type: 'PART_OF',
  infer: (candidates, registry) => {
    const found: Candidate[] = [];
    const has = (from: string, to: string) =>
      candidates.some((c) => c.type === 'PART_OF' && c.from === from && c.to === to) || found.some((c) => c.from === from && c.to === to);
    // A force or institution a rule created (peacekeepers deployed by a state) is part of its state.
    for (const c of candidates) {
      for (const id of [c.from, c.to]) {
        const entity = registry.get(id);
        if (entity?.orgType && INSTITUTIONS.has(entity.orgType) && entity.state && !has(id, entity.state)) {
          found.push(implied(c, 'PART_OF', { from: id, to: entity.state }, `${entity.name} belongs to ${registry.get(entity.state)?.name}.`));
        }
      }
    }
    // Fighting over the same place as a long-running conflict is an episode of it.
    const conflicts = candidates.filter((c) => c.type === 'CONCERNS' && registry.get(c.from)?.eventType === 'CONFLICT');
    for (const c of candidates.filter((c) => c.type === 'CONCERNS' && EPISODES.includes(registry.get(c.from)?.eventType as EventType))) {
      const conflict = conflicts.find((k) => k.to === c.to);
      if (conflict && !has(c.from, conflict.from)) {
        found.push(implied(c, 'PART_OF', { from: c.from, to: conflict.from }, `Implied: fought over ${registry.get(c.to)?.name}, like the conflict.`));
      }
    }
    return found;
  },
  rules: [
    {
      name: 'part-of/institution',
      score: 0.9,
      each: (m, c) => {
        const entity = c.registry.get(m.entity);
        return entity?.orgType && INSTITUTIONS.has(entity.orgType) && entity.state
          ? { from: entity.id, to: entity.state, confidence: 'REPORTED_FACT' }
          : undefined;
      },
    },
    {
      name: 'part-of/de-jure',
      score: 0.85,
      pattern: rule(
        `${PLACE('from')},? (?:an? |the )?[^.;]{0,60}?(?:that|which) (?:is|was|remains) (?<dejure>de jure |legally |formally |officially |internationally recognized as )?(?:a )?part of ${PLACE('to')}|${PLACE('from')} ${AUX}(?<dejure>de jure |legally |formally )?(?:a )?part of ${PLACE('to')}|${PLACE('from')}, an? (?:[\\w-]+ )?(?:region|province|district|territory|city|town|village) (?:in|of) (?:(?:the )?(?:northern|southern|eastern|western|central|north-\\w+|south-\\w+) )?${PLACE('to')}`,
      ),
      build: (g, c) => {
        const note = g.dejure ? `“${g.dejure.trim()}”, as the source says; control is another matter.` : undefined;
        const whole = c.slot(g.to);
        // "a region in northern Y" is part of northern Y and of Y.
        const more = whole?.how === 'region/direction' ? (whole.inner ?? []) : [];
        return [c.actors(g.to)[0] ?? whole?.entity ?? '', ...more].map((to) => ({ from: c.slot(g.from)?.entity ?? '', to, note }));
      },
    },
    {
      name: 'part-of/in-state',
      score: 0.7,
      // "the village of X in northern Y", "X in the east of Y": a place placed in a state is part of it;
      // so is a place placed in a part of a state told by its direction ("X in southern Y").
      pattern: rule(
        `(?:(?:village|town|city|port|district|province|region) of )?⟦(?<from>\\d+):R⟧ in (?:the )?(?:(?:far[ -])?${DIRECTION} |the ${DIRECTION} of )?⟦(?<to>\\d+):[SR]⟧(?![-\\w])`,
      ),
      build: (g, c) => {
        const place = c.entity(g.from);
        const whole = c.slot(g.to);
        // Placed in an area the text names as one ("in Cabo Delgado province", "in southern Y"), not in any place.
        if (place?.kind !== 'REGION' || !whole || (whole.kind === 'REGION' && !AREAS.has(whole.how))) return undefined;
        // A place in "northern Y" is part of that part of Y, and of Y.
        return [whole.entity, ...(whole.how === 'region/direction' ? (whole.inner ?? []) : [])]
          .filter((to) => to !== place.id)
          .map((to) => ({ from: place.id, to }));
      },
    },
    {
      name: 'part-of/direction',
      score: 0.8,
      // "southern Lebanon" is part of Lebanon.
      each: (m) =>
        m.how === 'region/direction' && m.inner?.[0] && m.inner[0] !== m.entity ? { from: m.entity, to: m.inner[0], confidence: 'REPORTED_FACT' } : undefined,
    },
    {
      name: 'part-of/led-by-organization',
      score: 0.7,
      // "the NATO-led peacekeeping force in X, KFOR", "KFOR, which is led by NATO": a force an
      // organization leads is part of it (a state leading one is its member: member-of.ts).
      pattern: rule(
        `⟦(?<to>\\d+):O⟧-led (?:[\\p{L}-]+ ){0,3}?(?:${FORCE}(?: (?:in|on) ⟦\\d+:[SR]x?⟧)?(?:, | \\())?⟦(?<from>\\d+):O⟧|⟦(?<from>\\d+):O⟧,? (?:which is |a ${FORCE} )?(?:led|commanded) by (?:the )?⟦(?<to>\\d+):O⟧`,
      ),
      build: (g, c) => {
        const force = c.entity(g.from);
        const leader = c.entity(g.to);
        if (!force?.orgType || !FORCES.has(force.orgType) || (leader?.orgType !== 'ALLIANCE' && leader?.orgType !== 'COLLECTIVE')) return undefined;
        return { from: force.id, to: leader.id, note: `Led by ${leader.name}, as the source says.` };
      },
    },
    {
      name: 'part-of/city-of',
      score: 0.75,
      pattern: rule(`⟦(?<to>\\d+):Sd⟧ (?:${UNIT}) of ${PLACE('from')}|\\bthe (?:⟦(?<to>\\d+):Sd⟧ )?capital(?: city)?,? ⟦(?<from>\\d+):Rc?⟧`),
      build: (g, c) => {
        // "the eastern Ukrainian city of X"; "the capital X" is its state's, as the gazetteer knows capitals.
        const city = c.entity(g.from);
        const state = c.actors(g.to)[0] ?? city?.state;
        return city && state ? { from: city.id, to: state } : undefined;
      },
    },
    {
      name: 'part-of/apposition',
      score: 0.7,
      // "Gisenyi, a Rwandan town across the border", "X, a small town in Y": the apposition
      // says what the place is, and whose. Not "an Armenian separatist region" (whose people, not whose land).
      pattern: rule(
        `⟦(?<from>\\d+):R⟧, (?:an? |the )(?:[a-z-]+ ){0,2}(?:⟦(?<to>\\d+):Sd⟧ (?:(?!separatist|breakaway|rebel)[a-z]+ )?(?:city|town|village|port|district|province)\\b|(?:${UNIT}) (?:in|of) (?:the )?⟦(?<to2>\\d+):S⟧(?![-\\w]))`,
      ),
      build: (g, c) => {
        const place = c.entity(g.from);
        const state = c.actors(g.to ?? g.to2)[0];
        return place?.kind === 'REGION' && state && state !== place.id ? { from: place.id, to: state } : undefined;
      },
    },
    {
      name: 'part-of/capital-of',
      score: 0.75,
      // "X, the capital of Y state", "Laukkai, the capital of the Kokang region": a town is part of the region it is the
      // capital of (a state's capital is left to the gazetteer: tried, it fell below a held-out batch's precision floor).
      pattern: rule(`⟦(?<from>\\d+):Rc?⟧, (?:the |its )?capital of (?:the )?⟦(?<to>\\d+):R⟧`),
      build: (g, c) => {
        const city = c.entity(g.from);
        const whole = c.entity(g.to);
        return city?.kind === 'REGION' && whole?.kind === 'REGION' && whole.id !== city.id ? { from: city.id, to: whole.id } : undefined;
      },
    },
    {
      name: 'part-of/possessive-area',
      score: 0.7,
      // "Y's X region", "Y's X province": an area named as one after a state's possessive is part of it
      // (not "Y's capital, X", left to the gazetteer, nor "Y's north").
      pattern: rule(`⟦(?<to>\\d+):S⟧['’]s ⟦(?<from>\\d+):R⟧`),
      build: (g, c) => {
        const area = c.slot(g.from);
        const state = c.entity(g.to);
        return area && AREAS.has(area.how) && area.how !== 'region/direction' && state?.kind === 'STATE' && area.entity !== state.id
          ? { from: area.entity, to: state.id }
          : undefined;
      },
    },
    {
      name: 'part-of/local-administration',
      score: 0.7,
      // "the X provincial administration in Y": the area the body runs lies in the state named with it.
      each: (m, c) => {
        const body = c.registry.get(m.entity);
        const area = body?.seat ? c.registry.get(body.seat) : undefined;
        if (m.how !== 'org/local-administration' || !body?.state || area?.kind !== 'REGION') return undefined;
        // Only where this mention names the state itself ("… in Y"), not a state the body got elsewhere.
        return /\s(?:in|of)\s+\S+/.test(m.text.slice(m.text.search(/\b(?:administration|government|authorities|council)\b/))) && area.id !== body.state
          ? { from: area.id, to: body.state }
          : undefined;
      },
    },
    {
      name: 'part-of/unit-of',
      score: 0.7,
      // "the Tawang sector of the Indian state of Arunachal Pradesh": the sector is part of the state.
      pattern: rule(`⟦(?<from>\\d+):R⟧ (?:sector|area|district|region|province) of the (?:⟦\\d+:Sd⟧ )?(?:${UNIT}) of ⟦(?<to>\\d+):R⟧`),
      build: (g, c) => {
        const part = c.entity(g.from);
        const whole = c.entity(g.to);
        return part && whole && part.id !== whole.id ? { from: part.id, to: whole.id } : undefined;
      },
    },
    {
      name: 'part-of/episode',
      score: 0.75,
      pattern: rule(
        `${EVENT('from')},? (?:which|that)? ?(?:was|is|marked|became)? ?(?:the |an? )?(?:\\w+ )?(?:(?:intensification|escalation|flare-up|episode|stage|round|part|chapter|phase) )?of (?:this|the|that) ${EVENT('to')}`,
      ),
      build: (g, c) => {
        const from = c.entity(g.from);
        const to = c.entity(g.to);
        if (!from?.eventType || !to?.eventType || !EPISODES.includes(from.eventType) || !WHOLES.includes(to.eventType)) return undefined;
        return { from: from.id, to: to.id };
      },
    },
  ],
};
