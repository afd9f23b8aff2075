/** DEMANDS_RESIGNATION_OF: "X demanded Y's resignation", "called for the resignation of (Prime Minister) Y", "urged Y to resign". */
import { ACTOR, ANY, POSS, V, rule, type RuleTable } from './engine.js';

/** A title the name mentions leave before a person ("the resignation of Prime Minister X"). */
const TITLE = '(?:(?:the )?(?:[A-Z][a-z]+|⟦\\d+:S[dx]?⟧) ){0,3}';

export const demandsResignationOf: RuleTable = {
  type: 'DEMANDS_RESIGNATION_OF',
  rules: [
    {
      name: 'demands-resignation-of/demand',
      score: 0.8,
      pattern: rule(
        `${ACTOR('from')}${ANY}${V('demand', 'call for', 'seek', 'press for')} (?:the resignation of ${TITLE}${ACTOR('to')}|${ACTOR('to')}(?:${POSS})? resignation)|${ACTOR('from')}${ANY}${V('call on', 'urge', 'press')} ${ACTOR('to')} to (?:resign|step down|quit)`,
      ),
      build: (g, c) => c.actors(g.from).flatMap((from) => c.actors(g.to).map((to) => ({ from, to }))),
    },
  ],
};
