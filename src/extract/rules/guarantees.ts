/** GUARANTEES: "… and X as the guarantor", "X guarantees the agreement", "guaranteed by X". */
import { ACTOR, AUX, EVENT, V, rule, type RuleTable } from './engine.js';

export const guarantees: RuleTable = {
  type: 'GUARANTEES',
  rules: [
    {
      name: 'guarantees/as-guarantor',
      score: 0.8,
      pattern: rule(`⟦(?<from>\\d+):[SO]⟧,? (?:as|acting as|being) (?:the |a |its )?guarantors?`),
      build: (g, c) => {
        const to = c.event(['AGREEMENT', 'CEASEFIRE']);
        return to && c.actors(g.from).map((from) => ({ from, to: to.id }));
      },
    },
    {
      name: 'guarantees/active',
      score: 0.8,
      pattern: rule(
        `${ACTOR('from')} ${AUX}${V('guarantee')} ${EVENT('to')}|${EVENT('to')} ${AUX}guaranteed by ${ACTOR('from')}|${ACTOR('from')},? (?:the |a )?guarantor of ${EVENT('to')}`,
      ),
      build: (g, c) => c.actors(g.from).map((from) => ({ from, to: c.entity(g.to)?.id ?? '' })),
    },
  ],
};
