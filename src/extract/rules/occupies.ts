/**
 * OCCUPIES: "X forces were occupying 10 square kilometers of its territory", "X seized Y", "Y is
 * occupied by X", "the X-ian-occupied Y", "X's forces withdraw from the occupied territories of Y". The area and its unit
 * when given.
 */
import { NUMBER_WORDS, QUALIFIER, readFigure } from '../figures.js';
import { ACTOR, AUX, PLACE, STATE, V, rule, type RuleContext, type RuleTable } from './engine.js';
import { forcesOf } from './helpers.js';

const AREA = `(?:(?<qual>${QUALIFIER}) )?(?<area>${NUMBER_WORDS}) (?<unit>square (?:kilometers|kilometres|miles)|km2|km²|sq\\.? km|hectares) of `;

function area(g: Record<string, string | undefined>) {
  const figure = readFigure(g.qual, g.area);
  if (!figure?.figure) return {};
  const unit = /mile/.test(g.unit ?? '') ? 'mi²' : /hectare/.test(g.unit ?? '') ? 'ha' : 'km²';
  return { area: figure.figure, areaUnit: unit };
}

const occupation = (c: RuleContext, from: string[], to: string | undefined, extra: Record<string, unknown> = {}) =>
  from.flatMap((a) => c.actors(to).map((b) => ({ from: a, to: b, extra })));

export const occupies: RuleTable = {
  type: 'OCCUPIES',
  rules: [
    {
      name: 'occupies/active',
      score: 0.8,
      pattern: rule(
        `${ACTOR('from')} ${AUX}${V('occupy', 'seize', 'capture')} (?:${AREA})?(?:the )?(?:territory of |land of |parts? of )?(?:${PLACE('to')}|⟦(?<to>\\d+):Sd⟧ (?:territory|land|soil|villages|towns))`,
      ),
      // An armed group of no state holds what it seizes (controls.ts): it occupies no one's territory.
      build: (g, c) => (c.entity(g.from)?.orgType === 'ARMED_FORCE' && !c.entity(g.from)?.state ? undefined : occupation(c, c.actors(g.from), g.to, area(g))),
    },
    {
      name: 'occupies/compound',
      score: 0.7,
      // "the Israeli-occupied Golan Heights", "Russian-occupied Crimea": the state the adjective names occupies it.
      pattern: rule(`⟦(?<from>\\d+):S[dp]?⟧-occupied (?:(?:areas?|parts?|territor(?:y|ies)) of )?${PLACE('to')}`),
      build: (g, c) => occupation(c, c.actors(g.from), g.to),
    },
    {
      name: 'occupies/passive',
      score: 0.75,
      pattern: rule(`${PLACE('to')} ${AUX}(?:occupied|seized|captured) by ${ACTOR('from')}`),
      build: (g, c) => occupation(c, c.actors(g.from), g.to),
    },
    {
      name: 'occupies/withdraw-from',
      score: 0.6,
      pattern: rule(
        `${STATE('f')}(?:['’]s)? (?:forces|troops|army|military) ${AUX}(?:\\w+ )?withdraws? from (?:the )?occupied (?:territories|territory|lands|areas) of ${PLACE('to')}`,
      ),
      build: (g, c) => {
        const forces = forcesOf(c, c.actors(g.f)[0]);
        return forces ? occupation(c, [forces], g.to) : undefined;
      },
    },
  ],
};
