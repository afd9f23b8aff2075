/** MEDIATES: "achieved thanks to the involvement of X", "brokered by X", "X mediated the truce". */
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
        return to && c.list(g.list).flatMap((n) => c.actors(n)).map((from) => ({ from, to: to.id }));
      },
    },
    {
      name: 'mediates/brokered',
      score: 0.8,
      pattern: rule(`${EVENT('to')}${ANY_BUT_EVENT}\\b(?:was|were|been|is) (?:mediated|brokered|negotiated) by ${ACTOR('from')}|${ACTOR('from')},? (?:which |who )?${AUX}${V('mediate', 'broker')} ${EVENT('to')}`),
      build: (g, c) => c.actors(g.from).map((from) => ({ from, to: c.entity(g.to)?.id ?? '' })),
    },
    {
      name: 'mediates/led-talks',
      score: 0.6,
      pattern: rule(`${ACTOR('from')} ${AUX}${V('lead', 'head', 'chair')} the (?:mediation|mediators|talks|negotiations|peace talks)`),
      build: (g, c) => {
        const to = c.event(['AGREEMENT', 'CEASEFIRE']);
        return to && c.actors(g.from).map((from) => ({ from, to: to.id }));
      },
    },
  ],
};
