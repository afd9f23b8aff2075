/** SIGNED: "the signatories of the document are X, Y and Z as the guarantor", "X and Y signed the agreement", "signed by X", "X signed for Y" (both), "X has a treaty with Y". */
import { ACTOR, AUX, EVENT, LIST, V, rule, type Groups, type RuleContext, type RuleTable } from './engine.js';

function signatories(g: Groups, c: RuleContext) {
  const event = c.entity(g.e);
  const slots = c.list(g.list);
  return slots.flatMap((n, index) =>
    c.actors(n).map((from) => ({ from, to: event?.id ?? '', extra: { role: g.guarantor && index === slots.length - 1 ? 'guarantor' : 'signatory' } })),
  );
}

export const signed: RuleTable = {
  type: 'SIGNED',
  rules: [
    {
      name: 'signed/signatories',
      score: 0.85,
      pattern: rule(
        `signator(?:ies|y) (?:of|to) ${EVENT('e')} (?:are|were|include|included|is|was) ${LIST('list')}(?<guarantor> as (?:the |its )?guarantors?)?`,
      ),
      build: signatories,
    },
    {
      name: 'signed/active',
      score: 0.8,
      pattern: rule(`${LIST('list')} ${AUX}${V('sign', 'conclude', 'ink')} ${EVENT('e')}`),
      build: signatories,
    },
    {
      name: 'signed/has-treaty-with',
      score: 0.6,
      // "X, which has a mutual defence treaty with Y": both are parties to it.
      pattern: rule(`${ACTOR('a')},? (?:which |who )?${AUX}(?:has|have|had) (?:signed )?${EVENT('e')} with ${ACTOR('b')}`),
      build: (g, c) => {
        const treaty = c.entity(g.e);
        if (treaty?.eventType !== 'AGREEMENT') return undefined;
        return [...c.actors(g.a), ...c.actors(g.b)].map((from) => ({ from, to: treaty.id, extra: { role: 'party' } }));
      },
    },
    {
      name: 'signed/for',
      score: 0.7,
      // "X signed for the government": X signs the sentence's (or the last) agreement on behalf of the party named.
      pattern: rule(
        `⟦(?<person>\\d+):L⟧(?:, [^,]{1,80},)? ${AUX}signed (?:it |the (?:deal|agreement|accord|document) )?(?:for|on behalf of) (?:the )?⟦(?<for>\\d+):[SOL][px]?⟧`,
      ),
      build: (g, c) => {
        const event = c.event(['AGREEMENT', 'CEASEFIRE']);
        if (!event) return undefined;
        const party = c.actors(g.for)[0];
        const person = c.slot(g.person)?.entity;
        return [person, party]
          .filter((id): id is string => Boolean(id))
          .map((from) => ({
            from,
            to: event.id,
            extra: { role: from === party ? 'signatory' : `signed for ${c.registry.get(party ?? '')?.name ?? 'a party'}` },
          }));
      },
    },
    {
      name: 'signed/passive',
      score: 0.8,
      pattern: rule(`${EVENT('e')},? ${AUX}(?:signed|concluded) by ${LIST('list')}(?<guarantor> as (?:the |its )?guarantors?)?`),
      build: signatories,
    },
  ],
};
