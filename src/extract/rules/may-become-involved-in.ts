/**
 * MAY_BECOME_INVOLVED_IN: "X, which …, and Y, which …, may become involved in the conflict", "X could
 * be drawn into the war". The subjects are the heads of the list, not what their relative clauses
 * name. Always an assessment.
 */
import { EVENT, rule, type RuleTable } from './engine.js';

export const mayBecomeInvolvedIn: RuleTable = {
  type: 'MAY_BECOME_INVOLVED_IN',
  rules: [
    {
      name: 'may-become-involved-in/modal',
      score: 0.7,
      pattern: rule(
        `(?<subject>[^;]*?) (?:may|might|could|risks?|is likely to|are likely to|threatens? to) (?:to )?(?:become|get|be) (?:involved|drawn|dragged|embroiled) in(?:to)? (?:the )?${EVENT('e')}`,
      ),
      build: (g, c) => {
        const subject = g.subject ?? '';
        const heads = [...subject.matchAll(/⟦(\d+):[SO]x?⟧(?=,? (?:which|who)\b)/g)].map((m) => m[1] as string);
        const last = /⟦(\d+):[SO]x?⟧[^⟦]*$/.exec(subject)?.[1];
        const subjects = heads.length ? heads : last ? [last] : [];
        const event = c.entity(g.e);
        return event && subjects.flatMap((n) => c.actors(n)).map((from) => ({ from, to: event.id, confidence: 'ASSESSMENT' as const }));
      },
    },
  ],
};
