/**
 * BORDERS: "the regions adjacent to / neighboring X" lie next to X; "X borders Y", "X shares a
 * 700-km border with Y", "the border between X and Y", "X, a neighbour of Y", "X, a district on
 * the Y-ian border".
 */
import { AUX, PLACE, V, rule, type RuleContext, type RuleTable } from './engine.js';

const STATES = (g: string) => `(?:the )?⟦(?<${g}>\\d+):(?:S|R)[cx]?⟧`;
const LENGTH = '(?:(?:[\\d,.]+|\\w+)[- ](?:km|kilometre|kilometer|mile)s?[- ](?:long )?)?';

/** Each pair of the states the two slots stand for ("the two countries" is both). */
function pairs(c: RuleContext, a: string | undefined, b: string | undefined) {
  const from = c.actors(a).length ? c.actors(a) : [c.slot(a)?.entity ?? ''];
  const to = b ? (c.actors(b).length ? c.actors(b) : [c.slot(b)?.entity ?? '']) : from.slice(1);
  const first = b ? from : from.slice(0, 1);
  return first.flatMap((x) => to.filter((y) => y && y !== x).map((y) => ({ from: x, to: y })));
}

export const borders: RuleTable = {
  type: 'BORDERS',
  rules: [
    {
      name: 'borders/adjacent',
      score: 0.85,
      each: (m, c) => {
        const area = c.registry.get(m.entity);
        return area?.adjacentTo ? { from: area.id, to: area.adjacentTo, confidence: 'REPORTED_FACT' } : undefined;
      },
    },
    {
      name: 'borders/active',
      score: 0.75,
      pattern: rule(
        `${PLACE('from')},? (?:which )?${AUX}${V('border')} ${PLACE('to')}|${PLACE('from')} ${AUX}(?:adjacent to|next to|neighbou?ring) ${PLACE('to')}`,
      ),
      build: (g, c) => ({ from: c.slot(g.from)?.entity ?? '', to: c.slot(g.to)?.entity ?? '' }),
    },
    {
      name: 'borders/shares-border',
      score: 0.75,
      // "X, which shares a 2,000-km border with Y", "X's border with Y": a border two places share.
      pattern: rule(
        `${STATES('a')},? (?:which |that )?${AUX}${V('share')} (?:an? |its )?${LENGTH}(?:land |long |common )?(?:border|frontier|boundary) with ${STATES('b')}|${STATES('a')}['’]s ${LENGTH}(?:border|frontier|boundary) with ${STATES('b')}`,
      ),
      build: (g, c) => pairs(c, g.a, g.b),
    },
    {
      name: 'borders/between',
      score: 0.7,
      // "the 970-km border between X and Y", "the border between the two countries" (also once the
      // border is a mention of its own: a border zone).
      pattern: rule(`(?:\\b${LENGTH}(?:border|frontier|boundary)|⟦(?<zone>\\d+):R⟧) between ${STATES('a')}(?: and ${STATES('b')})?`),
      build: (g, c) =>
        (g.zone === undefined || c.entity(g.zone)?.regionType === 'BORDER_ZONE') && (g.b || (c.slot(g.a)?.members?.length ?? 0) > 1)
          ? pairs(c, g.a, g.b)
          : undefined,
    },
    {
      name: 'borders/neighbour-of',
      score: 0.65,
      // "Brazil, a neighbour of both countries, …": each of them.
      pattern: rule(
        `${STATES('a')}, (?:an? |the )?(?:\\w+ )?(?:neighbou?r|neighbou?ring (?:state|country)) of (?:both )?${STATES('b')}(?: and ${STATES('c')})?`,
      ),
      build: (g, c) => [...pairs(c, g.a, g.b), ...(g.c ? pairs(c, g.a, g.c) : [])],
    },
    {
      name: 'borders/on-the-border',
      score: 0.6,
      // "Arauca, a department on the Venezuelan border": the place lies on that state's border.
      pattern: rule(`${PLACE('a')}(?:, (?:an? |the )?[^⟦.;,]{0,40}?)? (?:on|along) the ⟦(?<b>\\d+):Sd⟧ (?:border|frontier)`),
      build: (g, c) => (c.entity(g.a)?.kind === 'REGION' ? pairs(c, g.a, g.b) : undefined),
    },
  ],
};
