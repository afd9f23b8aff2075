/**
 * LEADS: "Prime Minister X" of the state the title or the sentence names, "X, the president of Y",
 * "its chairman, X", "X, who chairs Y", "Y, whose leader, X, …", "Y, under the command of X".
 */
import { ACTOR, rule, type Found, type RuleContext, type RuleTable } from './engine.js';
import { office } from './offices.js';

/** A person a clause says heads a body; the person's own title (read elsewhere) is left as it is. */
function heading(c: RuleContext, from: string, to: string, title: string): Found | undefined {
  return c.registry.get(from)?.kind === 'LEADER' && c.registry.get(to)
    ? { from, to, extra: { office: title.replace(/^./, (ch) => ch.toUpperCase()) } }
    : undefined;
}

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
        const guessed =
          person.stateGuessed && !person.body
            ? { score: 0.55, note: `The title does not say of which state; taken to be ${name}, the state the sentence names first.` }
            : {};
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
      name: 'leads/who-chairs',
      score: 0.7,
      // "X, who chairs ASEAN this year", "X, who leads the Y alliance": the clause gives the office.
      pattern: rule(
        `⟦(?<from>\\d+):L⟧, (?:who |which )?(?:now |currently )?(?<verb>chairs|leads|heads|commands|led|headed|commanded) (?:the )?⟦(?<to>\\d+):[SO]⟧`,
      ),
      build: (g, c) => {
        const from = c.slot(g.from)?.entity;
        const to = c.actors(g.to)[0];
        if (!from || !to || /ed$/.test(g.verb ?? '')) return undefined;
        return heading(c, from, to, /chairs/.test(g.verb ?? '') ? 'Chair' : /commands/.test(g.verb ?? '') ? 'Commander' : 'Leader');
      },
    },
    {
      name: 'leads/whose-leader',
      score: 0.7,
      // "Y, which no state recognises and whose leader, X, …", "Y, under the command of General X".
      pattern: rule(
        `⟦(?<to>\\d+):[SO]⟧,? (?:(?:which|that|who) [^.;]{0,80}? and )?(?:whose (?<title>leader|president|chairman|commander|head|chief),? (?:[A-Z][\\w.]* ){0,2}⟦(?<from>\\d+):L⟧|under the (?<title>command|leadership) of (?:[A-Z][\\w.]* ){0,2}⟦(?<from>\\d+):L⟧)`,
      ),
      build: (g, c) => {
        const from = c.slot(g.from)?.entity;
        const to = c.slot(g.to)?.entity;
        const title = g.title === 'command' ? 'Commander' : g.title === 'leadership' ? 'Leader' : (g.title as string);
        return from && to ? heading(c, from, to, title) : undefined;
      },
    },
    {
      name: 'leads/apposition',
      score: 0.8,
      pattern: rule(
        `⟦(?<from>\\d+):L⟧, (?:the |a )?${TITLE_WORDS} of ${ACTOR('to')}(?!['’]s)|⟦(?<to>\\d+):[SO]x?⟧ (?<title>president|prime minister|chairman|chairwoman|head|leader|chief),? ⟦(?<from>\\d+):L⟧`,
      ),
      build: (g, c) => {
        const from = c.slot(g.from)?.entity;
        const to = c.actors(g.to)[0];
        return from && to ? office(c, from, to, g.title as string, true) : undefined;
      },
    },
  ],
};
