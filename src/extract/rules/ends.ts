/** ENDS: "fighting … ended on Wednesday with a ceasefire", "the truce ended the clashes", "after six weeks of fighting, a ceasefire agreement was signed". */
import { ANY, ANY_BUT_EVENT, AUX, EVENT, rule, type RuleTable } from './engine.js';

const ENDERS = ['CEASEFIRE', 'AGREEMENT'];

export const ends: RuleTable = {
  type: 'ENDS',
  rules: [
    {
      name: 'ends/ended-with',
      score: 0.8,
      pattern: rule(`${EVENT('ended')}${ANY}\\b(?:ended|ends|came to an end|was ended|stopped)(?: on \\w+| in \\w+)? with (?:an? |the )?${EVENT('by')}`),
      build: (g, c) => ({ from: c.entity(g.by)?.id ?? '', to: c.entity(g.ended)?.id ?? '' }),
    },
    {
      name: 'ends/passive',
      score: 0.8,
      pattern: rule(`${EVENT('ended')}${ANY_BUT_EVENT}\\b(?:was|were|has been|had been) (?:halted|ended|stopped|brought to an end|replaced) by ${EVENT('by')}`),
      build: (g, c) => (ENDERS.includes(c.entity(g.by)?.eventType ?? '') ? { from: c.entity(g.by)?.id ?? '', to: c.entity(g.ended)?.id ?? '' } : undefined),
    },
    {
      name: 'ends/to-end',
      score: 0.7,
      pattern: rule(`${EVENT('by')}${ANY_BUT_EVENT}\\bto (?:\\w+ly )?(?:end|halt|stop|close) (?:the )?(?:[\\w-]+ )?${EVENT('ended')}`),
      build: (g, c) => (ENDERS.includes(c.entity(g.by)?.eventType ?? '') ? { from: c.entity(g.by)?.id ?? '', to: c.entity(g.ended)?.id ?? '' } : undefined),
    },
    {
      name: 'ends/active',
      score: 0.75,
      pattern: rule(`${EVENT('by')} ${AUX}(?:ended|ends|halted|stopped|put an end to) (?:the )?${EVENT('ended')}`),
      build: (g, c) => (ENDERS.includes(c.entity(g.by)?.eventType ?? '') ? { from: c.entity(g.by)?.id ?? '', to: c.entity(g.ended)?.id ?? '' } : undefined),
    },
    {
      name: 'ends/after',
      score: 0.55,
      pattern: rule(`\\b(?:After|Following) (?:\\w+ )?${EVENT('ended')}[^;]*?${EVENT('by')} ${AUX}(?:signed|agreed|declared|reached|concluded)`),
      build: (g, c) => (ENDERS.includes(c.entity(g.by)?.eventType ?? '') ? { from: c.entity(g.by)?.id ?? '', to: c.entity(g.ended)?.id ?? '' } : undefined),
    },
  ],
};
