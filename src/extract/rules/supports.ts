/**
 * SUPPORTS: "X, which supports Y", "X backs Y", "X is helping Y militarily and politically", "Y is
 * backed by X", "an X-backed Y", "X, Y's closest ally", "X, an ally of Y", "Y welcomed the support
 * of X", "the weapons Y receives from X", "X fought alongside Y", "X reaffirmed its support for Y". The forms of support
 * (military, political) from the adverbs.
 */
import type { SupportForm } from '../../model/vocabulary.js';
import { ACTOR, AUX, LIST, POSS, V, rule, type Found, type RuleContext, type RuleTable } from './engine.js';

const SUPPORT = V('support', 'back', 'help', 'aid', 'arm', 'assist', 'sponsor', 'supply');
/** What one party gives another to back it. */
const GOODS = '(?:weapons|arms|drones|money|funding|funds|ammunition|training|military aid|support)';
const RECEIVE = V('receive', 'get', 'obtain');
const TARGET = '⟦(?<to>\\d+):[SOL][px]?⟧(?!,? (?:which|who)\\b)';
const HOW =
  '(?<how>(?: (?:militarily|politically|diplomatically|financially|economically|with (?:weapons|arms|troops))(?:,? and (?:militarily|politically|diplomatically|financially|economically))*)?)';

function forms(how: string | undefined): SupportForm[] | undefined {
  const found = new Set<SupportForm>();
  if (/militar|weapons|arms|troops/.test(how ?? '')) found.add('MILITARY');
  if (/politic|diplomat/.test(how ?? '')) found.add('POLITICAL');
  return found.size ? [...found] : undefined;
}

const support = (c: RuleContext, from: string | undefined, to: string | undefined, how: string | undefined, presupposed = false): Found[] =>
  c.actors(from).flatMap((a) => c.actors(to).map((b) => ({ from: a, to: b, extra: { forms: forms(how) }, presupposed })));

export const supports: RuleTable = {
  type: 'SUPPORTS',
  rules: [
    {
      name: 'supports/relative-clause',
      score: 0.85,
      pattern: rule(`${ACTOR('from')}, (?:which|who) ${AUX}(?:\\w+ly )?${SUPPORT} ${TARGET}${HOW}`),
      build: (g, c) => support(c, g.from, g.to, g.how, true),
    },
    {
      name: 'supports/alongside',
      score: 0.7,
      // "X has fought alongside the Y army since 2021": fighting beside a force is backing it with arms.
      pattern: rule(`${ACTOR('from')} ${AUX}(?:${V('fight', 'battle')}|${V('deploy', 'operate', 'serve')}) alongside (?:the )?${TARGET}`),
      build: (g, c) => c.actors(g.from).flatMap((a) => c.actors(g.to).map((b) => ({ from: a, to: b, extra: { forms: ['MILITARY'] } }))),
    },
    {
      name: 'supports/active',
      score: 0.75,
      pattern: rule(`${ACTOR('from')} ${AUX}(?:\\w+ly )?${SUPPORT} ${TARGET}${HOW}`),
      build: (g, c) => support(c, g.from, g.to, g.how),
    },
    {
      name: 'supports/pledged',
      score: 0.7,
      // "X reaffirmed its unwavering support for Y", "X pledged its 'ironclad' commitment to Y's security",
      // "X expressed full solidarity with Y": a party's own word that it backs another.
      pattern: rule(
        `${ACTOR('from')} ${AUX}(?:\\w+ly )?(?:reaffirm|reiterat|pledg|promis|express|voic|renew|confirm|declar|underlin|stress)(?:ed|es|e|s|ing)? (?:its |their |his |her |⟦\\d+:[SOL]x⟧ )?(?<how>(?:[“"]?[\\w-]+[”"]? ){0,2})(?:support|solidarity|commitment|backing) (?:for|to|with) (?:the )?${TARGET}`,
      ),
      // "military support": its form, as the words say.
      build: (g, c) => support(c, g.from, g.to, g.how),
    },
    {
      name: 'supports/passive',
      score: 0.75,
      pattern: rule(`${ACTOR('to')},? (?:which|who )?${AUX}(?:backed|supported|armed|sponsored)${HOW} by ${ACTOR('from')}`),
      build: (g, c) => support(c, g.from, g.to, g.how),
    },
    {
      name: 'supports/ally',
      score: 0.75,
      // "Turkey, Azerbaijan's closest ally," "Hezbollah, an ally of Hamas,": the ally supports the other.
      pattern: rule(
        `${ACTOR('from')}, (?:now |long |also )?(?:${ACTOR('to')}${POSS} (?:closest |main |key |staunchest |chief |close |strongest |traditional |long-standing |longtime )?(?:ally|allies|backer|patron|protector)|an? (?:close |key |main |long-standing |longtime |staunch )?(?:ally|backer|patron) of ${ACTOR('to')})`,
      ),
      build: (g, c) => support(c, g.from, g.to, undefined, true),
    },
    {
      name: 'supports/ally-before',
      score: 0.7,
      // "Azerbaijan's closest ally, Turkey,": the same told the other way round.
      pattern: rule(
        `${ACTOR('to')}${POSS} (?:closest |main |key |staunchest |chief |close |strongest |traditional )?(?:ally|backer|patron),? ${ACTOR('from')}`,
      ),
      build: (g, c) => support(c, g.from, g.to, undefined, true),
    },
    {
      name: 'supports/welcomed-support',
      score: 0.7,
      // "Guyana welcomes the firm support of A, B and C": each of them supports the one who welcomes it.
      pattern: rule(
        `${ACTOR('to')} ${AUX}(?:welcomed|welcomes|welcome|thanked|thanks|praised|praises|hailed|hails) the (?:\\w+ )?(?:support|backing|solidarity) (?:of|from) ${LIST('list')}`,
      ),
      build: (g, c) => c.list(g.list).flatMap((n) => support(c, n, g.to, undefined)),
    },
    {
      name: 'supports/receives-from',
      score: 0.65,
      // "the weapons and money the militia receives from X", "Y has received drones from X".
      pattern: rule(
        `\\b${GOODS}\\b[^.;⟦]{0,40}? ${ACTOR('to')} ${AUX}${RECEIVE} from ${ACTOR('from')}|${ACTOR('to')} ${AUX}${RECEIVE} (?=[^.;⟦]{0,60}?\\b${GOODS}\\b)[^.;⟦]{0,60}? from ${ACTOR('from')}`,
      ),
      build: (g, c) => support(c, g.from, g.to, /weapons|arms|drones|ammunition|training|military/.test(c.sentence.text) ? 'militarily' : undefined),
    },
    {
      name: 'supports/compound',
      score: 0.7,
      // The backed one is the noun phrase itself, not whatever a clause after it names ("X-backed rebels, who hold northern Y").
      pattern: rule(`⟦(?<from>\\d+):S[dp]?⟧-(?:backed|supported|sponsored)(?: [^⟦.;,]{0,40})?⟦(?<to>\\d+):[SO]⟧`),
      build: (g, c) => support(c, g.from, g.to, undefined, true),
    },
  ],
};
