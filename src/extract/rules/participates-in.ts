/**
 * PARTICIPATES_IN: "X and Y have been fighting (over …)", "clashes between X and Y", "clashes with X
 * troops", "N X soldiers died in the clashes", "the mission of X", "demonstrators gathered", "X
 * said" (a statement's speaker), "X and Y blamed each other for starting the fighting", "… took
 * place in 2020, when X made an attempt …".
 */
import { ACTOR, ANY, AUX, EVENT, LIST, V, rule, type Found, type RuleContext, type RuleTable } from './engine.js';
import { implied } from './helpers.js';
import { VEHICLES } from '../event-words.js';
import { NUMBER_WORDS } from '../figures.js';

const take = (c: RuleContext, who: (string | undefined)[], event: string | undefined, role: string, types?: string[]): Found[] => {
  const entity = c.entity(event);
  if (!entity || (types && !types.includes(entity.eventType ?? ''))) return [];
  return who.flatMap((n) => c.actors(n)).map((from) => ({ from, to: entity.id, extra: { role } }));
};

/** A party that can fight: a state, its forces, an armed group or an alliance (not a ministry or an agency). */
const fighter = (c: RuleContext, n: string | undefined): boolean => {
  const entity = c.entity(n);
  return entity?.kind === 'STATE' || ['ARMED_FORCE', 'ARMED_GROUP', 'ALLIANCE'].includes(entity?.orgType ?? '');
};

/** Words that undo what follows: "denied that its forces had carried out the attack". */
const DENIAL = /\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed)?|not|never)\b/;
const denied = (c: RuleContext, match: RegExpMatchArray): boolean => DENIAL.test(c.masked.text.slice(Math.max(0, (match.index ?? 0) - 30), match.index));
/** A word describing the attack ("a complex attack"), not one that starts another phrase ("the campaign after …"). */
const MODIFIER = '(?!(?:after|before|against|on|in|at|with|and|as|when|while|that|which|of|for|to|by)\\b)[a-z-]+ ';

export const participatesIn: RuleTable = {
  type: 'PARTICIPATES_IN',
  // The states fighting a round of clashes are the parties to the ceasefire that ends it.
  infer: (candidates, registry) =>
    candidates
      .filter((end) => end.type === 'ENDS' && registry.get(end.from)?.eventType === 'CEASEFIRE')
      .flatMap((end) =>
        [...new Set(candidates.filter((p) => p.type === 'PARTICIPATES_IN' && p.to === end.to && registry.get(p.from)?.kind === 'STATE').map((p) => p.from))]
          .filter((state) => !candidates.some((p) => p.type === 'PARTICIPATES_IN' && p.from === state && p.to === end.from))
          .map((state) =>
            implied(end, 'PARTICIPATES_IN', { from: state, to: end.from }, 'Implied: the ceasefire ended fighting this state took part in.', { role: 'party' }),
          ),
      ),
  rules: [
    {
      name: 'participates-in/fighting',
      score: 0.8,
      pattern: rule(`${ACTOR('a')} and ${ACTOR('b')} ${AUX}${EVENT('e')}`),
      build: (g, c) => take(c, [g.a, g.b], g.e, 'party'),
    },
    {
      name: 'participates-in/between',
      score: 0.75,
      pattern: rule(`${EVENT('e')} between (?:the )?⟦(?<a>\\d+):(?:S|O|Rc)[px]?⟧ and (?:the )?⟦(?<b>\\d+):(?:S|O|Rc)[px]?⟧`),
      // Those between whom a truce or a deal holds are its parties; a fight's, its belligerents.
      build: (g, c) => take(c, [g.a, g.b], g.e, ['CEASEFIRE', 'AGREEMENT'].includes(c.entity(g.e)?.eventType ?? '') ? 'party' : 'belligerent'),
    },
    {
      name: 'participates-in/between-both',
      score: 0.7,
      pattern: rule(`${EVENT('e')} between ⟦(?<a>\\d+):Sx⟧`),
      build: (g, c) => take(c, [g.a], g.e, 'party'),
    },
    {
      name: 'participates-in/attacker',
      score: 0.7,
      pattern: rule(`⟦(?<a>\\d+):O⟧ ${VEHICLES}(?:have |has |had )?${EVENT('e')}`),
      build: (g, c) => (c.entity(g.a)?.orgType === 'ARMED_FORCE' ? take(c, [g.a], g.e, 'combatant', ['CLASH', 'WAR']) : []),
    },
    {
      name: 'participates-in/attacked-side',
      score: 0.65,
      // "X forces shelled Y positions", "X troops attacked Y-ian border posts", "X are still fighting Y
      // gunmen": the force and the side its attack hits are the parties to the fight, when it is told as a force or by what of a state was hit
      // ("the Y-ian town of Z" only says where the attack was).
      pattern: rule(
        `⟦(?<a>\\d+):[SO][px]?⟧ ${VEHICLES}${AUX}(?:still |now )?⟦(?<e>\\d+):E⟧ (?:the )?(?:⟦(?<b>\\d+):O[px]?⟧|⟦(?<d>\\d+):Sd⟧ (?:(?:military|army|border|frontline|front-line) )?(?:positions?|troops|soldiers|forces|guards|units|posts?|outposts?|bases?|villages?|towns?|territory)(?! of\\b))(?![-\\w])`,
      ),
      build: (g, c) => (fighter(c, g.a) && fighter(c, g.b ?? g.d) ? take(c, [g.a, g.b ?? g.d], g.e, 'belligerent', ['CLASH', 'WAR']) : []),
    },
    {
      name: 'participates-in/possessive-attack',
      score: 0.65,
      // "Hamas's attack on southern Israel", "the group's car bomb attack": whose attack it is; not "X's
      // condemnation of the attacks" (X's words about an attack), so no "of", "on" or article between.
      pattern: rule(`⟦(?<a>\\d+):[SO]x?⟧['’]s (?:(?!(?:of|on|about|over|against|to|for|the|an?|its|their)\\b)[“"]?[\\w-]+[”"]? ){0,2}${EVENT('e')}`),
      build: (g, c, m) => {
        // "after X's attack" with no year of its own is the moment another event is told from, and
        // the attack it names is likely joined to the wrong fight: drafted only when the sentence dates it.
        const reference = /\b(?:after|before|since)\s+(?:the\s+)?$/i.test(c.masked.text.slice(0, m.index));
        if (reference && !c.times.some((t) => /\b(?:19|20)\d\d\b/.test(t.text))) return undefined;
        return take(c, [g.a], g.e, 'attacker', ['CLASH', 'WAR']);
      },
    },
    {
      name: 'participates-in/agreed-to',
      score: 0.7,
      pattern: rule(`${LIST('list')} ${AUX}(?:agreed to|accepted|declared|announced|observed|respected|violated|broke) ${EVENT('e')}`),
      build: (g, c) => take(c, c.list(g.list), g.e, 'party', ['CEASEFIRE']),
    },
    {
      name: 'participates-in/agreed-with-described',
      score: 0.65,
      // "X's military and an alliance of three armed groups have agreed to an immediate ceasefire": the named side is a party.
      pattern: rule(
        `(?:^|[,:–—-] |\\b(?:that|after|when) )(?:the )?⟦(?<a>\\d+):[SO][px]?⟧ and (?:an?|the|its|their|[a-z]+) [^.;⟦]{0,50}?${AUX}(?:agreed to|accepted|declared|announced|signed) (?:(?:the|an?) )?(?:${MODIFIER})?⟦(?<e>\\d+):Ex?⟧`,
      ),
      build: (g, c) => take(c, [g.a], g.e, 'party', ['CEASEFIRE', 'AGREEMENT']),
    },
    {
      name: 'participates-in/with',
      score: 0.7,
      pattern: rule(`${EVENT('e')} with ${ACTOR('a')}`),
      build: (g, c) => take(c, [g.a], g.e, 'combatant', ['CLASH', 'WAR']),
    },
    {
      name: 'participates-in/casualties',
      score: 0.7,
      pattern: rule(`⟦(?<a>\\d+):O⟧ ${AUX}(?:died|killed|dead|were killed|lost their lives|fell)${ANY}${EVENT('e')}`),
      build: (g, c) => (c.entity(g.a)?.orgType === 'ARMED_FORCE' ? take(c, [g.a], g.e, 'combatant', ['CLASH', 'WAR']) : []),
    },
    {
      name: 'participates-in/state-casualties',
      score: 0.6,
      // "24 Kyrgyz citizens had been killed in three days of fighting with Y": a state whose people or
      // soldiers a fight killed is a side of it (a fight, not an attack: those an attack kills are no party).
      pattern: rule(
        `\\b(?:\\d[\\d,]*|${NUMBER_WORDS}|an?) ⟦(?<d>\\d+):Sd⟧ (?:citizens|civilians|nationals|people|residents|soldiers?|troops|servicemen|border guards) ${AUX}(?:died|killed|been killed|dead|lost their lives)(?: and [\\d,]+ (?:wounded|injured))? in (?:the |a |three |two |several |(?:[a-z]+ )?days of |(?:this|last) week's |(?:[a-z]+ ){0,2})?⟦(?<e>\\d+):Ex?⟧ with`,
      ),
      build: (g, c) => (c.entity(g.e)?.eventType === 'CLASH' || c.entity(g.e)?.eventType === 'WAR' ? take(c, [g.d], g.e, 'belligerent') : []),
    },
    {
      name: 'participates-in/mission-of',
      score: 0.75,
      pattern: rule(`${EVENT('e')} (?:of|by|from) ${ACTOR('a')}`),
      build: (g, c) => take(c, [g.a], g.e, 'sends the mission', ['MISSION']),
    },
    {
      name: 'participates-in/gathered',
      score: 0.75,
      pattern: rule(`⟦(?<a>\\d+):O⟧ ${EVENT('e')}`),
      build: (g, c) => take(c, [g.a], g.e, 'demonstrators', ['PROTEST']),
    },
    {
      name: 'participates-in/speaker',
      score: 0.7,
      pattern: rule(`⟦(?<a>\\d+):L⟧ ${EVENT('e')}`),
      build: (g, c) => take(c, [g.a], g.e, 'speaker', ['STATEMENT']),
    },
    {
      name: 'participates-in/blamed-for',
      score: 0.65,
      // Those who blame each other for the fighting, or one another for starting it, fought it.
      pattern: rule(
        `${ACTOR('a')} ${AUX}${V('blame', 'accuse')} (?:(?:each other|one another|themselves) (?:of|for) [^.;⟦]{0,30}|${ACTOR('b')} (?:of|for) (?:starting|launching|provoking|escalating|resuming) (?:the )?)${EVENT('e')}`,
      ),
      build: (g, c) => take(c, [g.a, g.b], g.e, 'belligerent', ['CLASH', 'WAR']),
    },
    {
      name: 'participates-in/carried-out-by',
      score: 0.7,
      // "the attacks carried out since Friday by the terrorist X militia", "an attack by X", "the attack was
      // carried out by X": whose attack it is.
      pattern: rule(
        `${EVENT('e')}(?:(?: [^.;,]{0,50}?)? (?:was |were |had been |has been |have been )?(?:carried out|launched|staged|mounted|conducted|waged)(?: [^.;⟦,]{0,30}?)?)? by (?:the )?(?:[a-z-]+ ){0,2}⟦(?<a>\\d+):[SO][px]?⟧`,
      ),
      // Whoever carries out an attack fights, a party too ("the Militarized Communist Party of Peru").
      build: (g, c) => (fighter(c, g.a) || c.entity(g.a)?.orgType === 'OPPOSITION' ? take(c, [g.a], g.e, 'attacker', ['CLASH', 'WAR']) : []),
    },
    {
      name: 'participates-in/launched',
      score: 0.7,
      // "X, made up of A and B, launched an offensive", "X militants launched a complex attack".
      pattern: rule(
        `⟦(?<a>\\d+):[SO][px]?⟧(?:, [^;⟦]{0,40}?(?:⟦\\d+:[^⟧]+⟧[^;⟦]{0,40}?){0,4},)? ${AUX}(?:launched|carried out|mounted|staged|conducted|waged|unleashed) (?:an?|the|its|their|a new|new|fresh) (?:${MODIFIER}){0,2}⟦(?<e>\\d+):Ex?⟧`,
      ),
      build: (g, c, m) => (fighter(c, g.a) && !denied(c, m) ? take(c, [g.a], g.e, 'attacker', ['CLASH', 'WAR']) : []),
    },
    {
      name: 'participates-in/fired-at',
      score: 0.65,
      // "X launched 300 drones and missiles at Y late on Saturday, its first direct attack on Y": the one
      // who fired and the one fired at, in the attack the apposition names.
      pattern: rule(
        `⟦(?<a>\\d+):[SO][px]?⟧ ${AUX}(?:launched|fired) [^;⟦]{0,60}?\\b(?:at|on|towards?|into) (?:the )?⟦(?<b>\\d+):[SO][px]?⟧[^;⟦]{0,60}?, (?:its|their|⟦\\d+:[SO]x⟧|an?|the) (?:${MODIFIER}){0,3}⟦(?<e>\\d+):Ex?⟧`,
      ),
      build: (g, c, m) =>
        fighter(c, g.a) && !denied(c, m)
          ? [...take(c, [g.a], g.e, 'attacker', ['CLASH', 'WAR']), ...(fighter(c, g.b) ? take(c, [g.b], g.e, 'target', ['CLASH', 'WAR']) : [])]
          : [],
    },
    {
      name: 'participates-in/its-fighters',
      score: 0.65,
      // "X said its fighters had carried out the attack", also past an apposition ("X, Y's affiliate in
      // Z, said …"; not "denied that its forces had").
      pattern: rule(
        `⟦(?<a>\\d+):[SO][px]?⟧(?:, [^;⟦]{0,40}?(?:⟦\\d+:[^⟧]+⟧[^;⟦]{0,40}?){0,3},)? (?<verb>[^.;⟦]{0,60}?)(?:its|their|⟦\\d+:[SO]x⟧) (?:fighters|forces|troops|militants|men|units|soldiers|gunmen) ${AUX}(?:carried out|launched|staged|mounted|conducted) ${EVENT('e')}`,
      ),
      build: (g, c) => (DENIAL.test(g.verb ?? '') ? [] : take(c, [g.a], g.e, 'attacker', ['CLASH', 'WAR'])),
    },
    {
      name: 'participates-in/blamed-for-attack',
      score: 0.6,
      // "X blamed the Y-backed group for the strike": the one blamed for an attack is its attacker, as the accuser claims.
      pattern: rule(`${ACTOR('a')} ${AUX}${V('blame', 'accuse')} ${ACTOR('b')} (?:of|for) (?:carrying out |launching |staging )?${EVENT('e')}`),
      build: (g, c) => {
        const accuser = c.actors(g.a)[0];
        return fighter(c, g.b) && accuser
          ? take(c, [g.b], g.e, 'attacker', ['CLASH']).map((found) => ({ ...found, confidence: 'CLAIM' as const, assertedBy: accuser }))
          : [];
      },
    },
    {
      name: 'participates-in/when',
      score: 0.6,
      pattern: rule(`${EVENT('e')}[^.;]{0,60}?, when ${ACTOR('a')}`),
      build: (g, c) => take(c, [g.a], g.e, 'party', ['CLASH', 'WAR']),
    },
  ],
};
