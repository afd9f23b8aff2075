/** BORDERS: "the regions adjacent to / neighboring X" lie next to X; "X borders Y". */
import { AUX, PLACE, V, rule, type RuleTable } from './engine.js';

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
      pattern: rule(`${PLACE('from')},? (?:which )?${AUX}${V('border')} ${PLACE('to')}|${PLACE('from')} ${AUX}(?:adjacent to|next to|neighbou?ring) ${PLACE('to')}`),
      build: (g, c) => ({ from: c.slot(g.from)?.entity ?? '', to: c.slot(g.to)?.entity ?? '' }),
    },
  ],
};
