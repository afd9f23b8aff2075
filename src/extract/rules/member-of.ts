/**
 * MEMBER_OF: "X, which remains a member of Y", "X joined Y", "X will leave Y", "Y members X and Z", "Y – a pact
 * centred around X", "the X-led Y". A government's membership is its state's.
 */
import { ACTOR, AUX, LIST, V, rule, type Found, type RuleContext, type RuleTable } from './engine.js';
import { forState } from './helpers.js';

const member = (c: RuleContext, from: string[], to: string | undefined, role?: string): Found[] =>
  from.flatMap((a) => c.actors(to).map((b) => ({ from: forState(c, a), to: b, extra: { role } })));

export const memberOf: RuleTable = {
  type: 'MEMBER_OF',
  rules: [
    {
      name: 'member-of/is-member',
      score: 0.85,
      pattern: rule(
        `${ACTOR('from')},? (?:which |who )?${AUX}(?:remains?|remained|is|are|was|were|became|become|becomes) (?:a |an )?(?:founding |full |key |leading )?members? of (?:the |this |that |its )?(?:⟦\\d+:S⟧-led )?${ACTOR('to')}`,
      ),
      build: (g, c) => member(c, c.actors(g.from), g.to),
    },
    {
      name: 'member-of/apposition',
      score: 0.75,
      // "Romania, a NATO ally,", "Estonia, a member of NATO,", "X, a fellow EU member state": an ally
      // or a member of an alliance is in it (an ally of a state is support: supports.ts).
      pattern: rule(
        `⟦(?<from>\\d+):S[x]?⟧, (?:an? |the )?(?:fellow |founding |full )?(?:⟦(?<to>\\d+):O⟧ (?:member|ally|member state|member country)\\b|member (?:state |country )?of (?:the )?⟦(?<to2>\\d+):O⟧)`,
      ),
      build: (g, c) => (c.entity(g.to ?? g.to2)?.orgType === 'ALLIANCE' ? member(c, c.actors(g.from), g.to ?? g.to2) : undefined),
    },
    {
      name: 'member-of/both-members',
      score: 0.8,
      // "The two countries, both members of X,", "A and B are both members of X": each is one.
      pattern: rule(
        `${LIST('list')},? (?:are |were )?(?:both|all|each) (?:a )?members? of (?:the |this |that )?(?:⟦\\d+:S⟧-led )?${ACTOR('to')}|${LIST('list')} (?:are|were) (?:both|all) (?:founding |full )?members of (?:the )?(?:⟦\\d+:S⟧-led )?${ACTOR('to')}`,
      ),
      build: (g, c) =>
        member(
          c,
          c.list(g.list).flatMap((n) => c.actors(n)),
          g.to,
        ),
    },
    {
      name: 'member-of/affiliate',
      score: 0.7,
      // "Al-Shabaab, al-Qaeda's affiliate in East Africa,", "X, a branch of Y": a group's affiliate is of it.
      pattern: rule(
        `⟦(?<from>\\d+):O⟧, (?:the |its )?(?:⟦(?<to>\\d+):O⟧['’]s (?:[a-z-]+ )?(?:affiliate|branch|offshoot|franchise)|(?:an? |the )?(?:[a-z-]+ )?(?:affiliate|branch|offshoot|franchise) of (?:the )?⟦(?<to2>\\d+):O⟧)`,
      ),
      build: (g, c) => ({ from: c.slot(g.from)?.entity ?? '', to: c.slot(g.to ?? g.to2)?.entity ?? '' }),
    },
    {
      name: 'member-of/made-up-of',
      score: 0.75,
      // "The X Alliance, made up of A, B and C": a body and what it is made of.
      pattern: rule(`${ACTOR('to')},? (?:which is |which are )?(?:made up of|composed of|comprising|consisting of|formed by|grouping) ${LIST('list')}`),
      build: (g, c) =>
        c.entity(g.to)?.kind === 'ORGANIZATION'
          ? member(
              c,
              c.list(g.list).flatMap((n) => c.actors(n)),
              g.to,
            )
          : undefined,
    },
    {
      name: 'member-of/joined',
      score: 0.8,
      pattern: rule(`${ACTOR('from')} ${AUX}${V('join')} ${ACTOR('to')}`),
      build: (g, c) => (c.entity(g.to)?.kind === 'ORGANIZATION' ? member(c, c.actors(g.from), g.to) : undefined),
    },
    {
      name: 'member-of/leaves',
      score: 0.7,
      // "A, B and C will leave X", "X quit Y", "A's withdrawal from X": only a member leaves a body
      // (the membership itself, as long as it lasts; when it ends is for the reviewer).
      pattern: rule(
        `${LIST('list')} ${AUX}(?:\\w+ly )?(?:${V('leave', 'quit', 'exit')}|withdr[ae]wn? from|withdraws? from|withdrawing from|pulled out of|pulls? out of|pulling out of) ${ACTOR('to')}|${LIST('list2')}['’]s? (?:withdrawal|exit|departure) from ${ACTOR('to2')}`,
      ),
      build: (g, c) =>
        c.entity(g.to ?? g.to2)?.kind === 'ORGANIZATION' && ['ALLIANCE', 'COLLECTIVE'].includes(c.entity(g.to ?? g.to2)?.orgType ?? '')
          ? member(
              c,
              c
                .list(g.list ?? g.list2)
                .flatMap((n) => c.actors(n))
                .filter((id) => c.registry.get(id)?.kind === 'STATE'),
              g.to ?? g.to2,
            )
          : undefined,
    },
    {
      name: 'member-of/members-list',
      score: 0.75,
      pattern: rule(`${ACTOR('to')} (?:member|ally|allies|members)(?: states?| countries)?,? (?:such as |including )?${LIST('list')}`),
      build: (g, c) =>
        member(
          c,
          c.list(g.list).flatMap((n) => c.actors(n)),
          g.to,
        ),
    },
    {
      name: 'member-of/centred-on',
      score: 0.7,
      pattern: rule(
        `${ACTOR('to')}(?: \\([^()]{0,40}\\))?,? (?:–|-|—)? ?(?:an? |the )?(?:military |political |security |defen[cs]e )?(?:pact|alliance|bloc|organi[sz]ation|union) (?:centered|centred|built|led|dominated|headed) (?:around|on|by) ${ACTOR('from')}|⟦(?<from>\\d+):S[d]?⟧-led ${ACTOR('to')}`,
      ),
      build: (g, c) => member(c, c.actors(g.from), g.to, 'central member'),
    },
  ],
};
