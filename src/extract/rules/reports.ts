/**
 * REPORTS: figures of the dead, injured, displaced and of demonstrators, as a party or an agency
 * gives them: "71 Azerbaijani soldiers had died", "informed about 105 soldiers killed in the armed
 * forces of X", "two civilians were injured", "forced hundreds of civilians to flee" (figure null,
 * VAGUE), "around 2,000" (APPROXIMATE), "more than 6,600" (MORE_THAN). Whose losses, when the text
 * says. A toll the report gives in its own voice becomes the event's death toll instead.
 */
import type { ReportCategory } from '../../model/vocabulary.js';
import { NUMBER_WORDS, QUALIFIER, VAGUE, readFigure } from '../figures.js';
import { rule, type RuleTable } from './engine.js';
import { stateOf, words } from './helpers.js';

const UNIT =
  '(?<unit>soldiers|citizens|troops|servicemen|service members|civilians|people|persons|military deaths|deaths|casualties|fighters|demonstrators|protesters|protestors|residents|refugees|children|policemen|police officers|officers|attackers|assailants|gunmen|militants|insurgents|rebels|sailors|crew members|passengers|migrants|journalists|aid workers|workers)';
// "Three of the attackers": a part of a group already named is counted like the group.
// "50 members of its armed forces": the members counted are the force's.
const COUNT = `(?:(?<qual>${QUALIFIER}) )?(?<num>\\b(?:${VAGUE}|${NUMBER_WORDS}))(?:(?: members)? of(?: the| those)?)?`;

const CATEGORIES: readonly [ReportCategory, RegExp, string][] = [
  ['DEATHS', /\b(?:died|die|killed|dead|deaths?|lost their lives|perished|fatalities|lost|lose|losing|losses|(?:death )?toll)\b/i, 'killed'],
  ['INJURIES', /\b(?:injured|wounded|hurt)\b/i, 'injured'],
  ['DISPLACEMENT', /\b(?:fle[de]|fleeing|flee|displaced|evacuated|homeless|refugees)\b/i, 'displaced'],
  ['PARTICIPANTS', /\b(?:gathered|rallied|marched|took part|protested|demonstrated|demonstrators|protesters|protestors)\b/i, ''],
];

function category(text: string): [ReportCategory, string] | undefined {
  let best: [ReportCategory, string, number] | undefined;
  for (const [name, pattern, word] of CATEGORIES) {
    const at = text.search(pattern);
    if (at >= 0 && (!best || at < best[2])) best = [name, word, at];
  }
  return best && [best[0], best[1]];
}

export const reports: RuleTable = {
  type: 'REPORTS',
  rules: [
    {
      name: 'reports/figure',
      score: 0.8,
      pattern: rule(`${COUNT} (?:(?:outraged|angry|\\w+ed) )?(?:⟦(?<force>\\d+):O⟧|(?:⟦(?<dem>\\d+):S[dx]⟧ )?${UNIT})(?<after>[^.;]{0,80})`, 'giu'),
      build: (g, c, m) => {
        const figure = readFigure(g.qual, g.num);
        if (!figure) return undefined;
        const force = c.entity(g.force);
        if (g.force && force?.orgType !== 'ARMED_FORCE' && force?.orgType !== 'PROTEST_MOVEMENT') return undefined;
        const unitWord = g.unit ?? (c.slot(g.force)?.text.split(' ').at(-1) as string);
        const found = category(`${unitWord} ${g.after ?? ''}`) ?? category(c.masked.text.slice(Math.max(0, (m.index ?? 0) - 30), m.index));
        if (!found) return undefined;
        const [kind, verb] = found;
        const inForces = /^ (?:killed |dead )?(?:in|from|among) (?:the )?⟦(\d+):O⟧/.exec(g.after ?? '')?.[1];
        const side = /(?:side of|on the side of) ⟦(\d+):S⟧/.exec(c.masked.text)?.[1];
        // "Armenia has lost 49 soldiers", "China said it had lost four": a party's own losses.
        // "Yerevan now puts its losses at 135 soldiers": so is a party's count of its own.
        const before = c.masked.text.slice(0, m.index);
        const loser =
          /⟦(\d+):[SO]x?⟧ (?:has |have |had )?(?:already |now |so far )?lost (?:(?:at least|more than|some|about|nearly|over) )?$/.exec(before)?.[1] ??
          /⟦(\d+):(?:[SO]x?|Rc)⟧ (?:now |has |had |have )?(?:puts?|putting|estimates?|estimated|gives?|gave|places?|placed) (?:its|their|⟦\d+:\w+⟧) (?:own )?(?:losses|death toll|toll|dead|casualties) at $/.exec(
            before,
          )?.[1];
        const whose =
          (force?.orgType === 'ARMED_FORCE' ? stateOf(c, force.id) : undefined) ??
          c.actors(g.dem)[0] ??
          stateOf(c, c.entity(inForces)?.id) ??
          c.actors(side)[0] ??
          stateOf(c, c.actors(loser)[0] ?? c.entity(loser)?.id);
        const event = c.event(kind === 'PARTICIPANTS' ? ['PROTEST'] : ['CLASH', 'WAR']);
        const figureText = words(c, m[0].slice(0, m[0].length - (g.after ?? '').length));
        const unit = `${unitWord.replace(/^military deaths$/, 'soldiers').replace(/^deaths$/, 'people')}${verb ? ` ${verb}` : ''}`;
        const speaker = c.attribution.speakerId;
        if (!event) return undefined;
        if (!speaker) {
          // The report's own figure: the event's toll, not anybody's report.
          if (kind === 'DEATHS' && figure.figure !== null && !event.known) {
            event.deaths ??= { figure: figure.figure, qualifier: figure.qualifier, text: figureText };
            c.registry.cite(event.id, {
              sentence: c.sentence.index,
              start: c.sentence.start,
              end: c.sentence.end,
              text: figureText,
              rule: 'reports/own-voice',
              score: 0.6,
            });
          }
          return undefined;
        }
        const extra = { category: kind, figure: figure.figure, figureText, qualifier: figure.qualifier, unit, whose };
        const note = figure.figure === null ? 'The source gives no number, only words.' : undefined;
        // An agency's figure is the agency's report, relayed as fact: `via` the agency (from the attribution), asserted by nobody.
        return c.attribution.agency ? { from: speaker, to: event.id, extra, note, confidence: 'REPORTED_FACT' } : { from: speaker, to: event.id, extra, note };
      },
    },
  ],
};
