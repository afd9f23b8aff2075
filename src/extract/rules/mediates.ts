/**
 * MEDIATES: "achieved thanks to the involvement of X", "brokered by X", "X mediated the truce",
 * "after talks mediated by X", "X, who has led the mediation", "after X-brokered talks", "the
 * agreement …, accusing X, which had mediated it, …".
 */
import { ACTOR, ANY_BUT_EVENT, AUX, EVENT, LIST, V, rule, type RuleTable } from './engine.js';

export const mediates: RuleTable = {
  type: 'MEDIATES',
  rules: [
    {
      name: 'mediates/thanks-to',
      score: 0.7,
      pattern: rule(`(?:thanks to|through|owing to|with) the (?:involvement|mediation|help|efforts|assistance|intervention) of ${LIST('list')}`),
      build: (g, c) => {
        const to = c.event(['CEASEFIRE', 'AGREEMENT']);
        return (
          to &&
          c
            .list(g.list)
            .flatMap((n) => c.actors(n))
            .map((from) => ({ from, to: to.id }))
        );
      },
    },
    {
      name: 'mediates/brokered',
      score: 0.8,
      pattern: rule(
        `${EVENT('to')}${ANY_BUT_EVENT}\\b(?:was|were|been|is) (?:mediated|brokered|negotiated) by ${ACTOR('from')}|${ACTOR('from')},? (?:which |who )?${AUX}${V('mediate', 'broker')} ${EVENT('to')}`,
      ),
      build: (g, c) => c.actors(g.from).map((from) => ({ from, to: c.entity(g.to)?.id ?? '' })),
    },
    {
      name: 'mediates/led-talks',
      score: 0.6,
      // "X, who has led the mediation for the African Union": X mediates, and so does the body he acts for.
      pattern: rule(
        `${ACTOR('from')},? (?:who |which )?${AUX}${V('lead', 'head', 'chair')} the (?:mediation|mediators|talks|negotiations|peace talks)(?: (?:for|on behalf of) ${ACTOR('for')})?`,
      ),
      build: (g, c) => {
        const to = c.event(['AGREEMENT', 'CEASEFIRE']);
        return to && [...c.actors(g.from), ...c.actors(g.for)].map((from) => ({ from, to: to.id }));
      },
    },
    {
      name: 'mediates/compound',
      score: 0.65,
      // "agree truce after China-brokered talks", "the Qatari-mediated deal": the talks are the sentence's truce or deal's.
      pattern: rule(
        `⟦(?<from>\\d+):(?:S[dp]?|O|Rc)⟧-(?:brokered|mediated|facilitated) (?:(?:peace |ceasefire |indirect )?(?:talks|negotiations)|${EVENT('to')})`,
      ),
      build: (g, c) => {
        const to = g.to ? c.entity(g.to) : c.event(['CEASEFIRE', 'AGREEMENT']);
        return to && ['CEASEFIRE', 'AGREEMENT'].includes(to.eventType ?? '') ? c.actors(g.from).map((from) => ({ from, to: to.id })) : undefined;
      },
    },
    {
      name: 'mediates/which-mediated-it',
      score: 0.6,
      // "… ended the 2015 peace agreement, accusing X, which had mediated it, …": "it" is the deal named before.
      pattern: rule(`${EVENT('to')}${ANY_BUT_EVENT}${ACTOR('from')}, (?:which|who) ${AUX}(?:mediated|brokered) it\\b`),
      build: (g, c) => {
        const to = c.entity(g.to);
        return to && ['CEASEFIRE', 'AGREEMENT'].includes(to.eventType ?? '') ? c.actors(g.from).map((from) => ({ from, to: to.id })) : undefined;
      },
    },
    {
      name: 'mediates/talks-mediated-by',
      score: 0.65,
      // "… came into force, after talks mediated by X": the talks are the sentence's truce or deal's.
      pattern: rule(`\\b(?:talks|negotiations|mediation|efforts)(?: \\w+)? (?:mediated|brokered|facilitated|hosted) by ${LIST('list')}`),
      build: (g, c) => {
        const to = c.event(['CEASEFIRE', 'AGREEMENT']);
        return (
          to &&
          c
            .list(g.list)
            .flatMap((n) => c.actors(n))
            .map((from) => ({ from, to: to.id }))
        );
      },
    },
  ],
};
