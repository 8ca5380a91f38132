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
};
