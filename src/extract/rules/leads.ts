/** LEADS: "Prime Minister X" of the state the title or the sentence names, "X, the president of Y", "its chairman, X". */
import { ACTOR, rule, type RuleTable } from './engine.js';
import { office } from './offices.js';

const TITLE_WORDS = '(?<title>[A-Za-z -]{3,40}?)';

export const leads: RuleTable = {
  type: 'LEADS',
  rules: [
    {
      name: 'leads/title',
      score: 0.8,
      each: (m, c) => {
        const person = c.registry.get(m.entity);
        const of = person?.body ?? person?.state;
        if (person?.kind !== 'LEADER' || !of || !person.office || m.role === 'anaphor') return undefined;
        const name = c.registry.get(of)?.name;
        const guessed = person.stateGuessed && !person.body ? { score: 0.55, note: `The title does not say of which state; taken to be ${name}, the state the sentence names first.` } : {};
        return office(c, person.id, of, person.office, true, guessed);
      },
    },
    {
      name: 'leads/led-by',
      score: 0.75,
      pattern: rule(`${ACTOR('to')},? (?:which is |who are )?(?:led|headed|commanded) by (?:(?:[A-Z][\\w.]*) ){0,3}⟦(?<from>\\d+):L⟧`),
      build: (g, c) => {
        const from = c.slot(g.from)?.entity;
        const to = c.slot(g.to)?.entity;
        return from && to ? office(c, from, to, 'Leader', true) : undefined;
      },
    },
    {
      name: 'leads/apposition',
      score: 0.8,
      pattern: rule(`⟦(?<from>\\d+):L⟧, (?:the |a )?${TITLE_WORDS} of ${ACTOR('to')}(?!['’]s)|⟦(?<to>\\d+):[SO]x?⟧ (?<title>president|prime minister|chairman|chairwoman|head|leader|chief),? ⟦(?<from>\\d+):L⟧`),
      build: (g, c) => {
        const from = c.slot(g.from)?.entity;
        const to = c.actors(g.to)[0];
        return from && to ? office(c, from, to, g.title as string, true) : undefined;
      },
    },
  ],
};
