/**
 * PROTESTS_AGAINST: "X protested against Y", "demonstrators … demand Y's resignation" (a protest
 * against Y), and a state's protest to another ("X has lodged a protest with Y", "X protested to Y").
 */
import { ACTOR, ANY, AUX, POSS, V, rule, type RuleTable } from './engine.js';

export const protestsAgainst: RuleTable = {
  type: 'PROTESTS_AGAINST',
  rules: [
    {
      name: 'protests-against/against',
      score: 0.8,
      pattern: rule(
        `${ACTOR('from')}${ANY}\\b(?:protest(?:ed|ing|s)?|rall(?:y|ied|ying|ies)|demonstrat(?:e|ed|ing|es)|march(?:ed|ing)?) against ${ACTOR('to')}`,
      ),
      build: (g, c) => c.actors(g.from).flatMap((from) => c.actors(g.to).map((to) => ({ from, to }))),
    },
    {
      name: 'protests-against/diplomatic',
      score: 0.75,
      pattern: rule(
        `${ACTOR('from')} ${AUX}(?:\\w+ly )?(?:(?:lodged|lodges|lodge|filed|files|file|made|makes|sent|sends|delivered|handed|issued) (?:a |an )?(?:formal |strong |official |diplomatic |written )*(?:protest(?: note)?|note of protest|démarche) (?:with|to)|protested (?:formally |strongly )?to) (?:the )?${ACTOR('to')}`,
      ),
      build: (g, c) => c.actors(g.from).flatMap((from) => c.actors(g.to).map((to) => ({ from, to }))),
    },
    {
      name: 'protests-against/demonstrators-demand',
      score: 0.65,
      pattern: rule(
        `⟦(?<from>\\d+):O⟧${ANY}${V('demand', 'call for')} (?:the resignation of ${ACTOR('to')}|${ACTOR('to')}(?:${POSS})? (?:resignation|removal|ouster))`,
      ),
      build: (g, c) =>
        c.entity(g.from)?.orgType === 'PROTEST_MOVEMENT' ? c.actors(g.to).map((to) => ({ from: c.slot(g.from)?.entity ?? '', to })) : undefined,
    },
  ],
};
