/** DEPLOYS_TO: "X has deployed around 2,000 soldiers in Y as peacekeepers", "X sent troops to Y", "N X troops were deployed to Y". */
import { NUMBER_WORDS, QUALIFIER, readFigure } from '../figures.js';
import { ACTOR, ANY_IN_CLAUSE, AUX, PLACE, V, rule, type Groups, type RuleContext, type RuleTable } from './engine.js';

const PURPOSE = /\bas (peacekeepers|observers|monitors|advisers|instructors)\b|\b(peacekeeping|observation|training) (?:mission|force|contingent)\b/i;

function deployment(c: RuleContext, g: Groups, from: string[], sentence: string) {
  const figure = readFigure(g.qual, g.n);
  const purpose = PURPOSE.exec(sentence);
  // A peacekeeping force keeps its troops somewhere to keep the peace, whatever the clause says.
  const keeper = from.some((a) => c.registry.get(a)?.orgType === 'PEACEKEEPING_FORCE') ? 'peacekeeping' : undefined;
  const word = purpose?.[1] ?? purpose?.[2] ?? keeper;
  return from.map((a) => ({
    from: a,
    to: c.slot(g.to)?.entity ?? '',
    extra: {
      personnel: figure?.figure ?? undefined,
      personnelQualifier: figure?.figure ? figure.qualifier : undefined,
      purpose: word ? (/peacekeep/i.test(word) ? 'peacekeeping' : word.toLowerCase()) : undefined,
    },
  }));
}

export const deploysTo: RuleTable = {
  type: 'DEPLOYS_TO',
  rules: [
    {
      name: 'deploys-to/has-troops-in',
      score: 0.65,
      pattern: rule(
        `${ACTOR('from')},? (?:which |who )?${AUX}(?:has|have|keeps?|maintains?) (?:(?<qual>${QUALIFIER}) )?(?<n>${NUMBER_WORDS} )?(?:troops|soldiers|peacekeepers|forces|servicemen|a (?:military )?base) (?:in|on) ${PLACE('to')}`,
        'giu',
      ),
      build: (g, c, m) => deployment(c, { ...g, n: g.n?.trim() }, c.actors(g.from), m[0]),
    },
    {
      name: 'deploys-to/active',
      score: 0.75,
      pattern: rule(
        `${ACTOR('from')},? (?:which |who )?${AUX}${V('deploy', 'send', 'dispatch', 'station', 'move')} (?:(?<qual>${QUALIFIER}) )?(?<n>${NUMBER_WORDS})?${ANY_IN_CLAUSE}\\b(?:to|in|into|at) ${PLACE('to')}`,
        'giu',
      ),
      build: (g, c) => deployment(c, g, c.actors(g.from), c.sentence.text),
    },
    {
      name: 'deploys-to/passive',
      score: 0.7,
      pattern: rule(
        `(?:(?<qual>${QUALIFIER}) )?(?<n>${NUMBER_WORDS}) ⟦(?<force>\\d+):O⟧ ${AUX}(?:deployed|sent|stationed|dispatched) (?:to|in|into|along|at|near|on) ${PLACE('to')}`,
        'giu',
      ),
      build: (g, c) => {
        const state = c.entity(g.force)?.state;
        return state ? deployment(c, g, [state], c.sentence.text) : undefined;
      },
    },
  ],
};
