/** Small readings several rule tables share: a slot's words back, a clause cut short, a state's forces. */
import { stateByIso } from '../gazetteer.js';
import { SLOT } from '../mentions/mask.js';
import { institutionSpec, peacekeepersSpec } from '../mentions/phrase-parts.js';
import type { Candidate, RuleContext } from './engine.js';

/** The masked text with its slots turned back into words. */
export function words(context: RuleContext, text: string | undefined): string {
  return (text ?? '')
    .replace(SLOT, (_, n: string) => context.masked.slots[Number(n)]?.text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A clause up to where another statement begins ("… and announced that …"). */
export function clause(text: string | undefined): string {
  return (text ?? '')
    .split(
      /,? (?:and|but|while|as|after|provided|although) (?=(?:[a-z]+ ){0,2}(?:announced|said|added|claimed|stated|informed|reported|declared|told|was|were|is|are)\b)|, (?:which|who|writes|wrote|according|the [A-Z⟦])/,
    )[0]!
    .replace(/[,\s]+$/, '');
}

/** A phrase without the sentence's dates in it ("shelling X on Monday" → "shelling X"); the dates are the relationship's time. */
export function withoutTimes(context: RuleContext, text: string): string {
  let out = text;
  for (const time of context.times) {
    const escaped = time.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Not a year that names something ("violating the 2020 ceasefire"): only before the end, a comma or a new phrase.
    out = out.replace(
      new RegExp(
        `(?:^|,?\\s+(?:(?:on|in|at|during|from|early|late|earlier|later|this)\\s+(?:the (?:night|morning|evening|afternoon|eve) of\\s+)?)?)${escaped}(?=$|[,;]|\\s+(?:and|or|but|while|when|after|before|in|on|near|at|as|to|against|with|by|from|despite|amid)\\b)`,
        'i',
      ),
      '',
    );
  }
  out = out.replace(/^[,\s]+|[,\s]+$/g, '');
  return out || text;
}

/** Text ending inside a condition ("… if the fighting spreads"): what follows states nothing that happened. */
export const conditional = (before: string) => /\b(?:if|unless|in case)\b[^,;]*$/i.test(before);

/** The state an entity belongs to, or the entity itself if it is one. */
export function stateOf(context: RuleContext, id: string | undefined): string | undefined {
  const entity = id ? context.registry.get(id) : undefined;
  return entity?.kind === 'STATE' ? entity.id : entity?.state;
}

/** A government acting abroad acts for its state (membership, requests for help). */
export function forState(context: RuleContext, id: string): string {
  const entity = context.registry.get(id);
  return entity?.orgType === 'GOVERNMENT' && entity.state ? entity.state : id;
}

export function forcesOf(context: RuleContext, stateId: string | undefined, peacekeeping = false): string | undefined {
  const state = stateId ? context.registry.get(stateId) : undefined;
  if (state?.kind !== 'STATE') return undefined;
  const demonym = (state.isoCode && stateByIso(state.isoCode)?.demonym) || state.name;
  const spec = peacekeeping ? peacekeepersSpec({ id: state.id, demonym }) : institutionSpec(state, 'ARMED_FORCE', 'Armed Forces');
  return context.registry.propose(spec).id;
}

/** A relationship inferred from another, cited where that one was read, with the reason in a note. */
export function implied(
  from: Candidate,
  type: Candidate['type'],
  ends: { from: string; to: string },
  note: string,
  extra: Record<string, unknown> = {},
): Candidate {
  return {
    ...from,
    ...ends,
    type,
    extra,
    notes: [note],
    score: 0.45,
    rule: `${type.toLowerCase().replace(/_/g, '-')}/implied`,
    confidence: 'REPORTED_FACT',
    assertedBy: undefined,
    via: undefined,
    time: undefined,
  };
}
