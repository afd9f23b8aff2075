/**
 * REQUESTS_HELP_FROM: "X asked Y for help", "X appealed to Y for assistance", "for which X has asked
 * for help" (the organization the sentence names). A government asks for its state.
 */
import { ACTOR, V, rule, type RuleTable } from './engine.js';
import { forState } from './helpers.js';

const HELP = '(?:help|assistance|support|aid|military assistance|protection|intervention|an? (?:urgent|emergency) (?:meeting|session))';
/** Whom a request is made of: a state, an organization, or a capital standing for its state. */
const ASKED = '(?:the )?⟦(?<to>\\d+):(?:[SO]x?|Rc)⟧';

export const requestsHelpFrom: RuleTable = {
  type: 'REQUESTS_HELP_FROM',
  rules: [
    {
      name: 'requests-help-from/asked',
      score: 0.7,
      // Also "asked X to help restrain Y", "asked X to send a mission", "at the request of X" (below).
      // A body asked "to take up the matter" or "to act" is asked to step in, as much as one asked to help.
      pattern: rule(
        `${V('ask', 'request', 'seek', 'appeal', 'turn')} (?:to )?(?:${ASKED} )?for (?:(?:more|urgent|immediate|military|international) )?(?:${HELP}|troops|protection|[“"]protection[”"])|${V('request', 'seek')} ${HELP} from ${ACTOR('to')}|${V('ask', 'urge', 'call on')} ${ASKED} to (?:help|assist|intervene|protect|step in|take up|send (?:troops|a mission|a force|peacekeepers|observers)|(?<measure>impose (?:sanctions|an arms embargo)|designate|take (?:action|measures)|act\\b|hold [\\w⟦⟧:]+ (?:accountable|responsible)))\\b`,
      ),
      build: (g, c, m) => {
        // "X told the council that Y was …, and urged it to …": a verb after ", and" goes on with the
        // one who spoke, not with the reported clause's subject.
        const at = m.index ?? 0;
        const speaker = /, and (?:also )?$/.test(c.masked.text.slice(0, at)) ? c.attribution.speakerId : undefined;
        const from = (speaker ? [speaker] : c.subject(at)).map((id) => forState(c, id));
        // "… for which X asked for help": the organization the sentence is about.
        const found = g.to
          ? c.actors(g.to)
          : c.masked.slots
              .filter((m) => c.registry.get(m.entity)?.orgType === 'ALLIANCE')
              .map((m) => m.entity)
              .slice(0, 1);
        // A meeting asked of a council is a call for its help; one asked of a state is only a meeting.
        // So is a body asked to impose sanctions or to designate a group; a state asked so is only urged.
        const to = /meeting|session/.test(m[0]) || g.measure ? found.filter((id) => c.registry.get(id)?.kind === 'ORGANIZATION') : found;
        const note = g.to ? undefined : 'The text does not name whom; taken to be the organization the sentence is about.';
        return from.flatMap((a) => to.map((b) => ({ from: a, to: b, note })));
      },
    },
    {
      name: 'requests-help-from/at-the-request',
      score: 0.7,
      // "X sent troops … at the request of Y's government": Y asked X.
      pattern: rule(`${ACTOR('helper')}[^.;]{0,120}? at the (?:request|invitation) of ${ACTOR('from')}`),
      build: (g, c) => c.actors(g.from).flatMap((a) => c.actors(g.helper).map((b) => ({ from: a, to: b }))),
    },
  ],
};
