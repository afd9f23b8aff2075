/**
 * REPORTS: figures of the dead, injured, displaced and of demonstrators, as a party or an agency
 * gives them: "71 Azerbaijani soldiers had died", "informed about 105 soldiers killed in the armed
 * forces of X", "two civilians were injured", "forced hundreds of civilians to flee" (figure null,
 * VAGUE), "around 2,000" (APPROXIMATE), "more than 6,600" (MORE_THAN). Whose losses, when the text
 * says. A toll the report gives in its own voice becomes the event's death toll instead.
 */
import type { EventType, ReportCategory } from '../../model/vocabulary.js';
import type { DraftEntity } from '../entities.js';
import { NUMBER_WORDS, QUALIFIER, VAGUE, readFigure } from '../figures.js';
import { rule, type RuleContext, type RuleTable } from './engine.js';
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

/** Where the words about one figure end: at the next figure of a list ("…, and 12 civilians", "and wounded 30"). */
const NEXT_FIGURE = /(?:,| and| while| but)\s+(?:\w+\s+){0,2}?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b)/i;

function category(text: string): [ReportCategory, string] | undefined {
  let best: [ReportCategory, string, number] | undefined;
  for (const [name, pattern, word] of CATEGORIES) {
    const at = text.search(pattern);
    if (at >= 0 && (!best || at < best[2])) best = [name, word, at];
  }
  return best && [best[0], best[1]];
}

/** The events of these types a text names, in order. */
const namedIn = (c: RuleContext, text: string, types: EventType[]) =>
  [...text.matchAll(/⟦(\d+):E/g)].map((e) => c.entity(e[1])).filter((e): e is DraftEntity => types.includes(e?.eventType as EventType));

/**
 * The event a figure counts. One told in a clause of its own ("…, when 20 soldiers were killed", "after a
 * landmine wounded five", "in which 1,200 died") or counted "since" a time ("have been killed since
 * 2019") counts what its clause names, else nothing: not the event the report was speaking of. Counted
 * "since the clashes erupted", it counts the fight the sentence names.
 */
function countedEvent(c: RuleContext, before: string, after: string, types: EventType[]): DraftEntity | undefined {
  const tail = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  const clauseText = tail + after.split(/[,;]/)[0];
  const own = /\b(?:when|after|before|until|while|where|in which|during which)\b/.test(clauseText);
  if (!own && !/\bsince\b/.test(clauseText)) return c.event(types);
  const named = namedIn(c, clauseText, types)[0];
  if (named || own) return named;
  return /\bsince the \w+ (?:began|erupted|broke out|started|flared)\b/.test(clauseText) ? namedIn(c, c.masked.text, types)[0] : undefined;
}

export const reports: RuleTable = {
  type: 'REPORTS',
  rules: [
    {
      name: 'reports/figure',
      score: 0.8,
      pattern: rule(`${COUNT} (?:(?:outraged|angry|\\w+ed) )?(?:⟦(?<force>\\d+):O⟧|(?:⟦(?<dem>\\d+):S[dx]⟧ )?${UNIT})(?=(?<after>[^.;]{0,80}))`, 'giu'),
      build: (g, c, m) => {
        const figure = readFigure(g.qual, g.num);
        if (!figure) return undefined;
        const force = c.entity(g.force);
        if (g.force && force?.orgType !== 'ARMED_FORCE' && force?.orgType !== 'PROTEST_MOVEMENT') return undefined;
        const unitWord = g.unit ?? (c.slot(g.force)?.text.split(' ').at(-1) as string);
        // What is counted: the verb right before the figure ("killed 47 soldiers"), else what follows it up to the
        // next figure ("five soldiers were killed and 12 wounded"), else what the list shares after it ("11
        // civilians and one soldier had been killed"), else what comes shortly before it.
        const lead = /\b(\w+) $/.exec(c.masked.text.slice(Math.max(0, (m.index ?? 0) - 20), m.index))?.[1];
        const own = (g.after ?? '').split(NEXT_FIGURE)[0];
        const found =
          (lead && category(lead)) ||
          category(`${unitWord} ${own}`) ||
          category(`${unitWord} ${g.after ?? ''}`) ||
          category(c.masked.text.slice(Math.max(0, (m.index ?? 0) - 30), m.index));
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
        const event = countedEvent(c, before, g.after ?? '', kind === 'PARTICIPANTS' ? ['PROTEST'] : ['CLASH', 'WAR']);
        const figureText = words(c, m[0]);
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
