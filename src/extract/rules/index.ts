/** Every relationship type's rule table, in one list; each type of src/model/vocabulary.ts has one. */
import { accuses } from './accuses.js';
import { borders } from './borders.js';
import { concerns } from './concerns.js';
import { controls } from './controls.js';
import { demandsResignationOf } from './demands-resignation-of.js';
import { deploysTo } from './deploys-to.js';
import { ends } from './ends.js';
import type { RelationshipType } from '../../model/vocabulary.js';
import type { RuleTable } from './engine.js';
import { guarantees } from './guarantees.js';
import { holdsOfficeIn } from './holds-office-in.js';
import { leads } from './leads.js';
import { locatedIn } from './located-in.js';
import { mayBecomeInvolvedIn } from './may-become-involved-in.js';
import { mediates } from './mediates.js';
import { occupies } from './occupies.js';
import { memberOf } from './member-of.js';
import { partOf } from './part-of.js';
import { participatesIn } from './participates-in.js';
import { proposes } from './proposes.js';
import { protestsAgainst } from './protests-against.js';
import { reports } from './reports.js';
import { requestsHelpFrom } from './requests-help-from.js';
import { signed } from './signed.js';
import { supports } from './supports.js';

/** One table per relationship type: a type without one fails to compile. */
const BY_TYPE: Readonly<Record<RelationshipType, RuleTable>> = {
  SUPPORTS: supports,
  GUARANTEES: guarantees,
  ACCUSES: accuses,
  OCCUPIES: occupies,
  MEMBER_OF: memberOf,
  LEADS: leads,
  HOLDS_OFFICE_IN: holdsOfficeIn,
  PART_OF: partOf,
  CONTROLS: controls,
  PARTICIPATES_IN: participatesIn,
  SIGNED: signed,
  DEPLOYS_TO: deploysTo,
  REPORTS: reports,
  REQUESTS_HELP_FROM: requestsHelpFrom,
  PROTESTS_AGAINST: protestsAgainst,
  DEMANDS_RESIGNATION_OF: demandsResignationOf,
  LOCATED_IN: locatedIn,
  MEDIATES: mediates,
  ENDS: ends,
  PROPOSES: proposes,
  BORDERS: borders,
  CONCERNS: concerns,
  MAY_BECOME_INVOLVED_IN: mayBecomeInvolvedIn,
};

export const RULE_TABLES: readonly RuleTable[] = Object.values(BY_TYPE);
