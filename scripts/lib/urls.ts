// The site's URL scheme (Dutch, stable, lower case), shared by the figure registry (rows that link to pages)
// and the outline (pages and link cards).

/** Lower case ASCII words joined by hyphens: `Niveau 3` → `niveau-3`, `1.3` → `1-3`. */
export const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** `1.3` → `1-3`, `SP1` → `sp1`. */
export const goalSlug = (goalId: string) => slug(goalId);

export const urls = {
  home: () => '/',
  samenvatting: () => '/samenvatting/',
  /** Every goal's indicators with their verdicts on one page (report/chapters/state.ts). */
  state: () => '/stand-van-zaken/',
  voorwoord: () => '/voorwoord/',
  inleiding: () => '/inleiding/',
  sector: () => '/sectorbeeld/',
  priority: (p: number) => `/prioriteit/${p}/`,
  stagepact: () => '/stagepact/',
  goal: (goalId: string) => (goalId.startsWith('SP') ? `/stagepact/${goalSlug(goalId)}/` : `/doelstelling/${goalSlug(goalId)}/`),
  indicators: () => '/indicatoren/',
  indicator: (id: string) => `/indicator/${id}/`,
  institutions: () => '/instellingen/',
  institution: (id: string) => `/instelling/${id.toLowerCase()}/`,
  typology: () => '/instellingen/typologie/',
  reflection: () => '/reflectie/',
  method: () => '/verantwoording/',
  changes: () => '/wat-is-veranderd/',
  correlations: () => '/samenhang/',
  downloads: () => '/downloads/',
  /** Institutions side by side (site/comparison.ts): the view to choose, and a static page per soort and regio. */
  compare: () => '/vergelijk/',
  compareKind: (kind: string) => `/vergelijk/soort/${slug(kind)}/`,
  compareRegion: (region: string) => `/vergelijk/regio/${slug(region)}/`,
  /** The view of these institutions (codes; the first is marked), e.g. `/vergelijk/?i=I14,I03&markeer=I14`. */
  comparePeers: (ids: readonly string[]) => `/vergelijk/?i=${ids.join(',')}&markeer=${ids[0]}`,
};
