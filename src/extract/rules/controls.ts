/**
 * CONTROLS (de facto): "X took control of Y", "X controls Y", "Y is controlled by X", "the area
 * became an X-ruled quasi-state" (the quasi-state holds the area), "the rebels seized the town of
 * Y and now control large parts of Z" (an armed group of no state). An attempt to take control is
 * not control.
 */
import { ACTOR, ANY, AUX, PLACE, PLACES, V, rule, type RuleContext, type RuleTable } from './engine.js';

function held(c: RuleContext, from: string | undefined, to: string | undefined, note?: string) {
  const group = c.entity(from);
  return group?.orgType === 'ARMED_FORCE' && !group.state ? { from: group.id, to: c.slot(to)?.entity ?? '', note } : undefined;
}

export const controls: RuleTable = {
  type: 'CONTROLS',
  rules: [
    {
      name: 'controls/group-seized',
      score: 0.65,
      // An armed group of no state that seizes a town holds it; a state that does occupies it (occupies.ts).
      pattern: rule(
        `${ACTOR('from')} ${AUX}(?:\\w+ly )?(?:seized|captured|took|overran) (?:the )?(?:[a-z]+ )?(?:(?:town|city|village|port|region|province|district) of )?${PLACE('to')}`,
      ),
      build: (g, c) => held(c, g.from, g.to),
    },
    {
      name: 'controls/seizing',
      score: 0.6,
      // "…, seizing towns including Sake and Minova": what the clause's armed group seized, it holds.
      pattern: rule(
        `, (?:seizing|capturing|overrunning|taking) (?:(?:several |two |three |a string of |other )?(?:towns|cities|villages|localities)(?: such as| including)? |(?:the )?(?:town|city|village|port) of )${PLACES('list')}`,
      ),
      build: (g, c, m) => {
        const group = c.registry.get(c.subject(m.index ?? 0)[0] ?? '');
        if (group?.orgType !== 'ARMED_FORCE' || group.state) return undefined;
        return c.list(g.list).map((n) => ({ from: group.id, to: c.slot(n)?.entity ?? '' }));
      },
    },
    {
      name: 'controls/group-and-control',
      score: 0.6,
      pattern: rule(
        `${ACTOR('from')}${ANY} and (?:now )?(?:control|controls|hold|holds) (?<part>(?:large |most |much |some )?(?:parts?|swathes|areas) of )?${PLACE('to')}`,
      ),
      build: (g, c) => held(c, g.from, g.to, g.part ? 'Part of it, as the source says.' : undefined),
    },
    {
      name: 'controls/took-control',
      score: 0.8,
      pattern: rule(
        `(?<!attempt to |trying to |tried to |bid to )${V('take', 'gain', 'regain', 'seize', 'assume')} (?:full )?control (?:of|over) ${PLACE('to')}`,
      ),
      build: (g, c, m) => c.subject(m.index ?? 0).map((from) => ({ from, to: c.slot(g.to)?.entity ?? '' })),
    },
    {
      name: 'controls/active',
      score: 0.75,
      // Not "the last city in Y held by X", where what X holds is the city (controls/held-apposition).
      pattern: rule(
        `${ACTOR('from')},? (?:which |who )?${AUX}(?:\\w+ly )?(?:${V('control')} (?:the (?:town|city|village|port|region|province|district) of )?${PLACE('to')}|${V('hold')} (?:the (?:town|city|village|port|region|province|district) of |⟦\\d+:S⟧['’]s (?:capital|second city|main port),? )?(?:the )?⟦(?<to>\\d+):Rc?⟧(?! (?:responsible|accountable|liable)\\b))|(?<!\\b(?:city|town|village|stronghold|place|area|port) in (?:the )?)${PLACE('to')} ${AUX}(?:controlled|held|ruled|run) by ${ACTOR('from')}`,
      ),
      build: (g, c) => c.actors(g.from).map((from) => ({ from, to: c.slot(g.to)?.entity ?? '' })),
    },
    {
      name: 'controls/held-apposition',
      score: 0.7,
      // "Nyala, the last city in Darfur held by the army": the army holds Nyala.
      pattern: rule(
        `${PLACE('to')}, (?:the |an? )?(?:\\w+ )?(?:city|town|village|stronghold|port|area) in (?:the )?⟦\\d+:[RS]x?⟧ ${AUX}(?:controlled|held|ruled|run) by ${ACTOR('from')}`,
      ),
      build: (g, c) => c.actors(g.from).map((from) => ({ from, to: c.slot(g.to)?.entity ?? '' })),
    },
    {
      name: 'controls/compound',
      score: 0.65,
      // "the RSF-held town of Nyala", "Hamas-run Gaza", "Houthi-controlled areas of Yemen".
      pattern: rule(
        `⟦(?<from>\\d+):[SO][dp]?⟧-(?:held|run|controlled|ruled) (?:(?:town|city|village|port|region|province|district|areas?|parts?) of )?${PLACE('to')}`,
      ),
      build: (g, c) => c.actors(g.from).map((from) => ({ from, to: c.slot(g.to)?.entity ?? '' })),
    },
    {
      name: 'controls/stronghold',
      score: 0.65,
      // "Kidal, the rebels' stronghold,", "X, a Houthi stronghold", "the rebel stronghold of X": a group
      // holds its stronghold (not a former one).
      pattern: rule(
        `${PLACE('to')}, (?:the |an? )?(?:⟦(?<from>\\d+):O[px]?⟧(?:['’]s?)? (?:main |last |key |traditional )?stronghold|(?:main |last |key )?stronghold of (?:the )?⟦(?<from2>\\d+):O[px]?⟧)|(?<!former )\\b(?:the )?⟦(?<from3>\\d+):O[px]?⟧(?:['’]s?)? (?:main |last |key )?stronghold of ${PLACE('to2')}`,
      ),
      // Only a group named there: "the rebels" may be any of several.
      build: (g, c) =>
        c.slot(g.from ?? g.from2 ?? g.from3)?.role === 'anaphor'
          ? undefined
          : c.actors(g.from ?? g.from2 ?? g.from3).map((from) => ({ from, to: c.slot(g.to ?? g.to2)?.entity ?? '' })),
    },
    {
      name: 'controls/became',
      score: 0.6,
      pattern: rule(`${PLACE('to')} (?:became|becomes|turned into|is now|was now) (?:an? )?[^⟦;.]{0,60}?(?:⟦\\d+:Sd⟧[^⟦;.]{0,30}?)*⟦(?<from>\\d+):S⟧`),
      build: (g, c) => (c.entity(g.from)?.recognized === false ? { from: c.slot(g.from)?.entity ?? '', to: c.slot(g.to)?.entity ?? '' } : undefined),
    },
  ],
};
