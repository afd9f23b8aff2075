/**
 * The world's intergovernmental organizations and alliances that news reports name, mostly by
 * acronym ("NATO", "the OSCE"): general knowledge of how they are named, like the states in
 * gazetteer.ts, so that an acronym the text never spells out is still an organization.
 */
import type { OrganizationType } from '../model/vocabulary.js';

export interface OrganizationInfo {
  /** The name reports use most, also its id. */
  name: string;
  aliases: string[];
  orgType: OrganizationType;
}

const alliance = (name: string, ...aliases: string[]): OrganizationInfo => ({ name, aliases, orgType: 'ALLIANCE' });
const body = (name: string, ...aliases: string[]): OrganizationInfo => ({ name, aliases, orgType: 'COLLECTIVE' });

export const ORGANIZATIONS: readonly OrganizationInfo[] = [
  alliance('NATO', 'North Atlantic Treaty Organization', 'North Atlantic Alliance'),
  alliance('European Union', 'EU'),
  alliance('African Union', 'AU'),
  alliance('Collective Security Treaty Organization', 'CSTO', 'Collective Security Treaty Organisation'),
  alliance('Economic Community of West African States', 'ECOWAS'),
  alliance('Association of Southeast Asian Nations', 'ASEAN'),
  alliance('Arab League', 'League of Arab States'),
  alliance('Gulf Cooperation Council', 'GCC'),
  alliance('Shanghai Cooperation Organisation', 'SCO', 'Shanghai Cooperation Organization'),
  alliance('Commonwealth of Independent States', 'CIS'),
  alliance('Intergovernmental Authority on Development', 'IGAD'),
  alliance('Southern African Development Community', 'SADC'),
  alliance('East African Community', 'EAC'),
  alliance('Organization of American States', 'OAS'),
  alliance('Commonwealth', 'Commonwealth of Nations'),
  body('United Nations', 'UN', 'U.N.'),
  body('UN Security Council', 'United Nations Security Council', 'U.N. Security Council', 'UNSC'),
  body('Organization for Security and Co-operation in Europe', 'OSCE', 'Organisation for Security and Co-operation in Europe'),
  body('World Health Organization', 'WHO'),
  body('International Committee of the Red Cross', 'ICRC'),
  body('UN refugee agency', 'UNHCR', 'United Nations High Commissioner for Refugees'),
  body("UN children's agency", 'UNICEF'),
  body('World Food Programme', 'WFP'),
  body('International Atomic Energy Agency', 'IAEA'),
  body('International Organization for Migration', 'IOM'),
  body('International Criminal Court', 'ICC'),
  body('International Court of Justice', 'ICJ'),
  body('UN Office for the Coordination of Humanitarian Affairs', 'OCHA'),
];
