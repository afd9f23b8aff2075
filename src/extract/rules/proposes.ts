/** PROPOSES: "X is ready to recognize … in a future peace treaty, provided that …", "X proposed a ceasefire". The terms in the source's words. */
import { ACTOR, AUX, EVENT, V, rule, type RuleTable } from './engine.js';
import { words } from './helpers.js';

export const proposes: RuleTable = {
  type: 'PROPOSES',
  rules: [
    {
      name: 'proposes/ready-to',
      score: 0.7,
      pattern: rule(
        `${ACTOR('from')} ${AUX}(?:ready|willing|prepared|offering) to (?<terms>[^;]*?) in (?:an? |the )?${EVENT('e')}(?<cond>,? (?:provided|on condition|as long as|if) [^;]*?)?(?=, (?:[A-Z⟦]|the )|[.;]|$)`,
      ),
      build: (g, c) => {
        const event = c.entity(g.e);
        if (event?.eventType !== 'AGREEMENT' && event?.eventType !== 'CEASEFIRE') return undefined;
        const terms = `${words(c, g.from)} would ${words(c, g.terms)}${g.cond ? `${words(c, g.cond).replace(/^,?/, ',')}` : ''}.`;
        return c.actors(g.from).map((from) => ({ from, to: event.id, extra: { terms } }));
      },
    },
    {
      name: 'proposes/active',
      score: 0.75,
      pattern: rule(`${ACTOR('from')} ${AUX}${V('propose', 'offer', 'suggest', 'put forward')} (?:an? |the )?${EVENT('e')}`),
      build: (g, c) => c.actors(g.from).map((from) => ({ from, to: c.entity(g.e)?.id ?? '' })),
    },
  ],
};
