/**
 * The world's major news and photo agencies, for their full names: a report writes "AFP" or "the
 * Reuters agency"; the graph wants one entity per agency. Agencies not listed here are still found
 * by how reports cite them ("writes X", "the X agency"), just without a full name.
 */
export interface AgencyInfo {
  name: string;
  /** The short form most reports use, also its id when there is one. */
  short?: string;
  aliases?: string[];
}

export const AGENCIES: readonly AgencyInfo[] = [
  { name: 'Agence France-Presse', short: 'AFP' },
  { name: 'Associated Press', short: 'AP' },
  { name: 'Reuters', aliases: ['Thomson Reuters'] },
  { name: 'Bloomberg News', aliases: ['Bloomberg'] },
  { name: 'United Press International', short: 'UPI' },
  { name: 'Deutsche Presse-Agentur', short: 'dpa', aliases: ['DPA'] },
  { name: 'Agencia EFE', short: 'EFE' },
  { name: 'Agenzia Nazionale Stampa Associata', short: 'ANSA' },
  { name: 'European Pressphoto Agency', short: 'EPA' },
  { name: 'Polish Press Agency', short: 'PAP', aliases: ['Polska Agencja Prasowa'] },
  { name: 'Czech News Agency', short: 'CTK' },
  { name: 'Austria Presse Agentur', short: 'APA' },
  { name: 'Press Association', short: 'PA Media' },
  { name: 'Kyodo News', aliases: ['Kyodo'] },
  { name: 'Yonhap News Agency', aliases: ['Yonhap'] },
  { name: 'Xinhua News Agency', aliases: ['Xinhua'] },
  { name: 'TASS', aliases: ['ITAR-TASS'] },
  { name: 'RIA Novosti', aliases: ['RIA'] },
  { name: 'Interfax' },
  { name: 'Anadolu Agency', aliases: ['Anadolu'] },
  { name: 'Islamic Republic News Agency', short: 'IRNA' },
  { name: 'Ukrinform' },
  { name: 'Ukrainian Independent Information Agency', short: 'UNIAN' },
  { name: 'Armenpress' },
  { name: 'Azerbaijan State News Agency', short: 'AZERTAC', aliases: ['Azertac'] },
  { name: 'Agência Lusa', short: 'Lusa' },
  { name: 'Press Trust of India', short: 'PTI' },
  { name: 'Al Jazeera' },
  { name: 'BBC', aliases: ['BBC News'] },
  { name: 'CNN' },
  { name: 'Getty Images', aliases: ['Getty'] },
];
