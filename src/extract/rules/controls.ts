/**
 * CONTROLS (de facto): "X took control of Y", "X controls Y", "Y is controlled by X", "the area
 * became an X-ruled quasi-state" (the quasi-state holds the area). An attempt to take control is
 * not control.
 */
import { ACTOR, AUX, PLACE, V, rule, type RuleTable } from './engine.js';

export const controls: RuleTable = {
  type: 'CONTROLS',
  rules: [
    {
      name: 'controls/took-control',
      score: 0.8,
      pattern: rule(`(?<!attempt to |trying to |tried to |bid to )${V('take', 'gain', 'regain', 'seize', 'assume')} (?:full )?control (?:of|over) ${PLACE('to')}`),
      build: (g, c, m) => c.subject(m.index ?? 0).map((from) => ({ from, to: c.slot(g.to)?.entity ?? '' })),
    },
    {
      name: 'controls/active',
      score: 0.75,
      pattern: rule(`${ACTOR('from')} ${AUX}${V('control')} ${PLACE('to')}|${PLACE('to')} ${AUX}(?:controlled|held|ruled) by ${ACTOR('from')}`),
      build: (g, c) => c.actors(g.from).map((from) => ({ from, to: c.slot(g.to)?.entity ?? '' })),
    },
    {
      name: 'controls/became',
      score: 0.6,
      pattern: rule(`${PLACE('to')} (?:became|becomes|turned into|is now|was now) (?:an? )?[^⟦;.]{0,60}?(?:⟦\\d+:Sd⟧[^⟦;.]{0,30}?)*⟦(?<from>\\d+):S⟧`),
      build: (g, c) => (c.entity(g.from)?.recognized === false ? { from: c.slot(g.from)?.entity ?? '', to: c.slot(g.to)?.entity ?? '' } : undefined),
    },
  ],
};
