/** CONCERNS: an event fought or agreed over a place: "fighting for decades over X", "clashes … over X". */
import { ANY_BUT_EVENT, EVENT, PLACE, rule, type RuleTable } from './engine.js';

export const concerns: RuleTable = {
  type: 'CONCERNS',
  rules: [
    {
      name: 'concerns/over',
      score: 0.75,
      pattern: rule(`${EVENT('from')}${ANY_BUT_EVENT}(?<!sovereignty )\\bover (?:control of |the fate of )?${PLACE('to')}`),
      build: (g, c) => {
        const event = c.entity(g.from);
        return event && ['CONFLICT', 'WAR', 'CLASH', 'AGREEMENT'].includes(event.eventType ?? '')
          ? { from: event.id, to: c.slot(g.to)?.entity ?? '' }
          : undefined;
      },
    },
  ],
};
