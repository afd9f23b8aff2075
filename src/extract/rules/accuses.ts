/**
 * ACCUSES: "X accused Y of …", "Y was accused by X of …", "X and Y blamed each other for …" (two
 * accusations), "X sees this as a sign of Y's …", "X condemned the manoeuvres of Y", "… Y's
 * attack", "X, the Z's envoy, condemned …". Always the accuser's claim.
 */
import { ACTOR, ANY, AUX, POSS, V, rule, type Found, type RuleContext, type RuleTable } from './engine.js';
import { clause, stateOf, withoutTimes, words } from './helpers.js';

const ACCUSE = V('accuse', 'blame', 'charge');
/** The others of a list of actors before its last ("X, Y and " the Z …). */
const OTHERS = '(?:(?<others>(?:the )?⟦\\d+:[SOL][px]?⟧(?:, (?:the )?⟦\\d+:[SOL][px]?⟧)*),? and )?';
/** What a party is condemned for doing. */
const CONDUCT = '(?:manoeuvres|maneuvers|actions?|conduct|behaviou?r|aggression|provocations?|attacks?|violations?|incursions?|harassment|shelling|strikes?)';
/** The allegation: up to the clause that follows (", while X blamed …", ", writes AFP"). */
const WHAT = '(?<what>[^.;,]+(?:, (?!while|but|whereas|and|as|which|who|writes|wrote|according|the |⟦)[^.;,]+)*)';

/** What the accuser alleges, without when: "shelling X on Monday" alleges "shelling X", the day is the time. */
const allegation = (c: RuleContext, text: string | undefined) => withoutTimes(c, clause(words(c, text)));

const claim = (from: string, to: string, what: string, extra: Partial<Found> = {}): Found => ({
  from,
  to,
  extra: { allegation: what },
  confidence: 'CLAIM',
  assertedBy: from,
  ...extra,
});

function pairwise(context: RuleContext, a: string | undefined, b: string | undefined, what: string, note?: string): Found[] {
  const members = b ? [...context.actors(a), ...context.actors(b)] : context.actors(a);
  const found: Found[] = [];
  for (const from of members) for (const to of members) if (from !== to) found.push(claim(from, to, what, { note }));
  return found;
}

export const accuses: RuleTable = {
  type: 'ACCUSES',
  rules: [
    {
      name: 'accuses/active',
      score: 0.85,
      // Also each of several accusers: "X and the Y accuse Z of …".
      pattern: rule(`${OTHERS}${ACTOR('from')} ${AUX}(?:\\w+ly )?${ACCUSE} ${ACTOR('to')} (?:of|for) ${WHAT}`),
      build: (g, c) =>
        [...c.list(g.others).flatMap((n) => c.actors(n)), ...c.actors(g.from)].flatMap((from) =>
          c.actors(g.to).map((to) => claim(from, to, allegation(c, g.what))),
        ),
    },
    {
      name: 'accuses/no-allegation',
      score: 0.5,
      pattern: rule(`\\b${ACCUSE} ${ACTOR('to')}(?= *(?:[.;]|,|$| and | but ))`),
      build: (g, c, m) => {
        // "… denied it and blamed Ukraine": for what, the event the sentence is about.
        const event = c.event(['CLASH', 'WAR']);
        const what = event ? event.name : 'not stated in the sentence';
        const note = event ? 'The sentence names no allegation; taken to be the event it is about.' : 'The sentence does not say for what.';
        return c.subject(m.index ?? 0).flatMap((from) => c.actors(g.to).map((to) => claim(from, to, what, { note })));
      },
    },
    {
      name: 'accuses/clause-subject',
      score: 0.6,
      // Also past an apposition: "President X, elected in 2020 on a pledge …, has accused Y of …".
      pattern: rule(`(?:\\b(?:to|and)|,) ${AUX}${ACCUSE} ${ACTOR('to')} (?:of|for) ${WHAT}`),
      build: (g, c, m) => c.subject(m.index ?? 0).flatMap((from) => c.actors(g.to).map((to) => claim(from, to, allegation(c, g.what)))),
    },
    {
      name: 'accuses/passive',
      score: 0.8,
      pattern: rule(
        `${ACTOR('to')} ${AUX}${ACCUSE} by ${ACTOR('from')} (?:of|for) ${WHAT}|${ACTOR('to')} ${AUX}${ACCUSE} (?:of|for) (?<what>[^.;]+?) by ${ACTOR('from')}`,
      ),
      build: (g, c) => c.actors(g.from).flatMap((from) => c.actors(g.to).map((to) => claim(from, to, allegation(c, g.what)))),
    },
    {
      name: 'accuses/each-other',
      score: 0.8,
      pattern: rule(
        `${ACTOR('a')}(?: and ${ACTOR('b')})? ${AUX}${ACCUSE} (?<recip>each other|one another|themselves|the other(?: side| one| party| country)?) (?:of|for) ${WHAT}`,
      ),
      build: (g, c) =>
        pairwise(
          c,
          g.a,
          g.b,
          allegation(c, g.what),
          g.recip === 'themselves'
            ? '“Blamed themselves” with a plural subject read as “blamed each other”: two accusations, one each way. Check the original wording.'
            : undefined,
        ),
    },
    {
      name: 'accuses/provocation-by',
      score: 0.55,
      pattern: rule(`\\b(?:provocations?|aggression|attacks?|shelling|violations?|sabotage)["”’]? by ${ACTOR('by')}`),
      build: (g, c, m) => {
        // "responding to provocations by X": a party's statement blames X.
        const speaker = c.attribution.speakerId;
        const at = m.index ?? 0;
        if (!speaker || c.attribution.agency || at < c.attribution.content[0]) return undefined;
        const accused = stateOf(c, c.actors(g.by)[0]);
        if (!accused || accused === (stateOf(c, speaker) ?? speaker)) return undefined;
        return claim(speaker, accused, allegation(c, m[0]));
      },
    },
    {
      name: 'accuses/condemned-conduct',
      score: 0.55,
      // "X condemned the dangerous manoeuvres of Y", "… the attack by Y", "… the Chinese action": X blames Y for it.
      pattern: rule(
        `${ACTOR('from')},? (?:which [^,]{0,60}, |(?:the |an? )[^,.;]{0,60}, )?${AUX}(?:\\w+ly )?${V('condemn', 'denounce', 'deplore', 'criticize', 'criticise')}(?: in the strongest (?:possible )?terms)? (?:the |what it called (?:the )?)?(?:(?<what>(?:[a-z-]+ ){0,3}${CONDUCT}) (?:of|by) ${ACTOR('to')}|(?<what>(?:[a-z-]+ ){0,3}[a-z]+) by ${ACTOR('to')}|⟦(?<to>\\d+):Sd⟧ (?<what>${CONDUCT}|⟦\\d+:E⟧)|${ACTOR('to')}(?:${POSS}|['’]) (?<what>(?:[“"]?[\\w-]+[”"]? ){0,2}(?:${CONDUCT}|⟦\\d+:E⟧)))`,
      ),
      build: (g, c) =>
        c
          .actors(g.from)
          .flatMap((from) =>
            c.actors(g.to).map((to) => claim(from, to, withoutTimes(c, words(c, g.what)), { note: 'Read from a condemnation, not an explicit accusation.' })),
          ),
    },
    {
      name: 'accuses/condemned-by',
      score: 0.55,
      // "X condemns the shelling of homes and schools in Z by Y", "… the attacks carried out since Friday by the Y militia".
      pattern: rule(
        `${ACTOR('from')} ${AUX}(?:\\w+ly )?${V('condemn', 'denounce', 'deplore')}(?: in the strongest (?:possible )?terms)? (?:the |what it called (?:the )?)?(?<what>(?:[a-z-]+ ){0,3}(?:${CONDUCT}|⟦\\d+:Ex?⟧)(?:[^.;⟦]|⟦\\d+:R[cx]?⟧){0,90}?) by (?:the )?(?:[a-z-]+ ){0,2}${ACTOR('to')}`,
      ),
      build: (g, c) =>
        c
          .actors(g.from)
          .flatMap((from) =>
            c.actors(g.to).map((to) => claim(from, to, withoutTimes(c, words(c, g.what)), { note: 'Read from a condemnation, not an explicit accusation.' })),
          ),
    },
    {
      name: 'accuses/regards-as',
      score: 0.5,
      pattern: rule(
        `${ACTOR('from')} ${AUX}${V('consider', 'see', 'regard', 'view', 'describe', 'denounce', 'condemn', 'brand', 'criticize', 'criticise')}${ANY} as (?:an? )?(?:sign|proof|evidence|act|betrayal)?(?: of)? ${ACTOR('to')}${POSS} ${WHAT}`,
      ),
      build: (g, c) =>
        c
          .actors(g.from)
          .flatMap((from) =>
            c
              .actors(g.to)
              .map((to) => claim(from, to, allegation(c, g.what), { note: 'Read from criticism (“sees it as a sign of …”), not an explicit accusation.' })),
          ),
    },
  ],
};
