// The pages the site adds to the Report (downloads, search, accessibility statement) and the edition
// information every page shows in its banner and footer.
import { ReportError } from '../lib/errors.ts';
import { formatNumber, plural } from '../lib/nl.ts';
import type { Edition, Report } from '../report/types.ts';
import { checkPagesView } from './check-pages.ts';
import { DATAPACKAGE_PATH, spreadsheetName } from './datapackage.ts';
import { RESULT_FILES } from './download-descriptions.ts';
import { formatBytes } from './format.ts';
import type {
  CheckOutcome,
  CheckView,
  DownloadGroup,
  EditionView,
  FigureView,
  PageKind,
  SiteContext,
  SiteData,
  SiteExtras,
  SitePage,
} from './types.ts';

type MakePage = (url: string, title: string, description: string, kind: PageKind) => SitePage;

const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function checkFileName(name: string, what: string): string {
  if (!FILE_NAME.test(name)) throw new ReportError(`ongeldige bestandsnaam voor ${what}: "${name}"`);
  return name;
}

/** The method section that explains the edition's data (report/chapters/annexes.ts), where the banner links. */
export const DATA_NOTE_SECTION = 'over-de-gegevens';

/**
 * `aboutData`: the page (and anchor) that explains the data, for the banner's link. The banner is one line on every
 * page, a phone's too (issue 29: the title must show in the first screen); its link explains the rest.
 */
export function editionView(edition: Edition, extras: SiteExtras, aboutData = '/verantwoording/'): EditionView {
  const pdf = extras.pdfFile ? checkFileName(extras.pdfFile, 'de pdf') : null;
  return {
    ...edition,
    stamp: `Editie ${edition.snapshot} · peildatum ${edition.referenceDateText}`,
    banner: edition.synthetic ? 'cijfers per instelling zijn fictief.' : null,
    bannerUrl: aboutData,
    pdfUrl: pdf ? `/downloads/${pdf}` : null,
  };
}

function fileType(name: string): string {
  const ext = name.split('.').pop()?.toLowerCase() ?? '';
  return ext === 'vl' || ext === '' ? 'bestand' : ext.toUpperCase();
}

export function downloadsPage(
  make: MakePage,
  report: Report,
  extras: SiteExtras,
  context: SiteContext,
  figures: Readonly<Record<string, FigureView>>,
): SiteData['downloads'] {
  const edition = report.edition;
  const groups: DownloadGroup[] = [];
  if (extras.pdfFile) {
    groups.push({
      id: 'rapport',
      title: 'Het rapport',
      intro: `De synthese van de monitor over ${edition.reportYear}, zoals aangeboden aan de Tweede Kamer.`,
      items: [{ url: `/downloads/${checkFileName(extras.pdfFile, 'de pdf')}`, title: edition.title, meta: 'PDF', description: null, spreadsheet: null }],
    });
  }
  if (report.factsheets.length > 0) {
    groups.push({
      id: 'factsheets',
      title: 'Factsheets per instelling',
      intro: `Per instelling twee pagina’s voor het bestuursgesprek: haar type, haar indicatoren tegenover haar eigen pad en de sector, haar begroting en besteding, de maatregelen en wat sinds de vorige editie veranderde.${
        edition.synthetic ? ' De cijfers per instelling zijn fictief.' : ''
      } Dezelfde factsheet staat ook als pagina bij elke instelling.`,
      items: report.factsheets.map((f) => ({
        url: `/downloads/${f.pdfFile.split('/').map((part) => checkFileName(part, 'een factsheet')).join('/')}`,
        title: f.title,
        meta: 'PDF',
        description: null,
        spreadsheet: null,
      })),
    });
  }
  if (extras.tables.length > 0) {
    groups.push({
      id: 'resultaten',
      title: 'Resultaten als tabel',
      intro:
        'Alle berekende uitkomsten, elk in twee vormen. “Voor Excel”: gescheiden door puntkomma’s, met een decimale komma, ' +
        'zodat een Nederlandse spreadsheet de getallen als getallen leest. “CSV”: voor software, gescheiden door komma’s, ' +
        'met een decimale punt (UTF-8). Getallen hebben 2 decimalen, correlaties en scores 4. Een lege cel is een ontbrekende waarde.',
      items: [...extras.tables]
        .sort((a, b) => a.file.localeCompare(b.file))
        .map((t) => {
          const about = RESULT_FILES[t.file];
          const spreadsheet = spreadsheetName(checkFileName(t.file, 'een resultaattabel'));
          return {
            url: `/downloads/data/${t.file}`,
            title: t.title ?? about?.title ?? t.file,
            meta: `${fileType(t.file)}, ${formatBytes(Buffer.byteLength(t.csv))}`,
            description: about?.description ?? null,
            spreadsheet: { url: `/downloads/data/${spreadsheet}`, meta: 'CSV met puntkomma’s' },
            columns: t.columns ?? [],
          };
        }),
    });
  }
  groups.push({
    id: 'datapakket',
    title: 'Voor software: het datapakket',
    intro:
      'datapackage.json beschrijft alle CSV-bestanden van deze site volgens de standaard Frictionless Data Package: per ' +
      'bestand de kolommen met hun type, eenheid en een Nederlandse omschrijving. Programma’s als Frictionless, R en ' +
      'Python lezen de gegevens daarmee in één keer in.',
    items: [{ url: DATAPACKAGE_PATH, title: 'Datapakket (datapackage.json)', meta: 'JSON', description: null, spreadsheet: null }],
  });
  if (extras.snapshot && context.snapshotFiles.length > 0) {
    const leftOut = context.snapshotLeftOut ?? 0;
    groups.push({
      id: 'snapshot',
      title: 'De brongegevens',
      intro: `De invoerbestanden van editie ${edition.snapshot} zoals de build ze heeft gelezen, als UTF-8-tekst: alleen de kolommen die het rapport gebruikt. ${
        leftOut > 0
          ? `Uit waarden.csv ${leftOut === 1 ? 'is één gerealiseerde waarde' : `zijn ${formatNumber(leftOut)} gerealiseerde waarden`} weggelaten die op te weinig respondenten berust${leftOut === 1 ? '' : 'en'} (minder dan de ondergrens van de indicator); het rapport toont ze om dezelfde reden niet.`
          : 'Gerealiseerde waarden die op te weinig respondenten berusten, zouden hier net als in het rapport ontbreken; in deze editie zijn dat er geen.'
      }${edition.synthetic ? ' De gegevens over instellingen in deze bestanden zijn fictief.' : ''}`,
      items: context.snapshotFiles.map((f) => ({
        url: `/downloads/snapshot/${checkFileName(f.name, 'een snapshotbestand')}`,
        title: f.name,
        meta: `${fileType(f.name)}, ${formatBytes(f.bytes)}`,
        description: null,
        spreadsheet: null,
      })),
    });
  }
  const figureDownloads = Object.values(figures).filter((f) => f.downloads.length > 0);
  return {
    ...make('/downloads/', 'Downloads', 'Het rapport als pdf, een factsheet per instelling, alle resultaten en brongegevens als CSV (ook voor Excel), een datapakket voor software, en van elke figuur de gegevens, de afbeelding en de specificatie.', 'downloads'),
    groups,
    figureDownloads,
  };
}

export function searchPage(make: MakePage): SitePage {
  return make('/zoeken/', 'Zoeken', 'Zoek in alle pagina’s van de monitor.', 'search');
}

function checkView(outcome: CheckOutcome): CheckView {
  const pages = outcome.id === 'svg' ? plural(outcome.pages, 'grafiekbestand', 'grafiekbestanden') : plural(outcome.pages, 'pagina', 'pagina’s');
  const summary =
    outcome.problems === 0
      ? `Geen problemen gevonden op ${pages}.`
      : `${outcome.problems === 1 ? 'Eén probleem' : `${formatNumber(outcome.problems)} problemen`} gevonden op ${pages}.`;
  const checkedPages = (outcome.checkedPages ?? []).map((p) => ({ url: p.url, result: p.problems === 0 ? 'in orde' : plural(p.problems, 'probleem', 'problemen') }));
  return { label: outcome.label, tool: outcome.tool, summary, passed: outcome.problems === 0, messages: outcome.messages, checkedPages };
}

export function accessibilityPage(make: MakePage, report: Report, extras: SiteExtras): SiteData['accessibility'] {
  const { snapshot } = report.edition;
  return {
    ...make('/toegankelijkheid/', 'Toegankelijkheid', 'Hoe toegankelijk deze site is, welke controles bij deze editie zijn gedaan en met welke uitkomst.', 'accessibility'),
    standard: extras.checks?.standard ?? 'WCAG 2.1 niveau AA',
    checks: extras.checks ? extras.checks.outcomes.map(checkView) : null,
    checkedPages: extras.checks ? checkPagesView(extras.checks, snapshot) : null,
    checked: `editie ${snapshot}`,
  };
}
