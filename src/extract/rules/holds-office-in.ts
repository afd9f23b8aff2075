/** HOLDS_OFFICE_IN: "its secretary, X", "X, the foreign minister of Y", "Foreign Minister X" (an office that does not head). */
import { ACTOR, rule, type RuleTable } from './engine.js';
import { office } from './offices.js';

export const holdsOfficeIn: RuleTable = {
  type: 'HOLDS_OFFICE_IN',
  rules: [
    {
      name: 'holds-office-in/possessive',
      score: 0.75,
      pattern: rule(
        `⟦(?<to>\\d+):[SO]x?⟧ (?<title>secretary|spokes(?:man|woman|person)|minister|deputy|commander|chief of staff|adviser|advisor|envoy),? ⟦(?<from>\\d+):L⟧`,
      ),
      build: (g, c) => {
        const from = c.slot(g.from)?.entity;
        const to = c.slot(g.to)?.entity;
        return from && to ? office(c, from, to, g.title as string, false) : undefined;
      },
    },
    {
      name: 'holds-office-in/apposition',
      score: 0.75,
      pattern: rule(`⟦(?<from>\\d+):L⟧, (?:the |a )?(?<title>[A-Za-z -]{3,40}?) of ${ACTOR('to')}(?!['’]s)`),
      build: (g, c) => {
        const from = c.slot(g.from)?.entity;
        const to = c.actors(g.to)[0];
        return from && to ? office(c, from, to, g.title as string, false) : undefined;
      },
    },
    {
      name: 'holds-office-in/title',
      score: 0.65,
      each: (m, c) => {
        const person = c.registry.get(m.entity);
        const of = person?.body ?? person?.state;
        if (person?.kind !== 'LEADER' || !of || !person.office || m.role === 'anaphor') return undefined;
        return office(c, person.id, of, person.office, false);
      },
    },
  ],
};
