// The pages the site adds to the Report (downloads, search, accessibility statement) and the edition
// information every page shows in its banner and footer.
import { ReportError } from '../lib/errors.ts';
import { formatNumber, plural } from '../lib/nl.ts';
import type { Edition, Report } from '../report/types.ts';
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

export const SYNTHETIC_WARNING = 'Let op: de gegevens over instellingen in deze editie zijn fictief.';

export function editionView(edition: Edition, extras: SiteExtras): EditionView {
  const pdf = extras.pdfFile ? checkFileName(extras.pdfFile, 'de pdf') : null;
  return {
    ...edition,
    stamp: `Editie ${edition.snapshot} · ${edition.hash} · peildatum ${edition.referenceDateText}`,
    // Short on every page; the snapshot's full explanation is on the method page the banner links to.
    banner: edition.synthetic ? `${SYNTHETIC_WARNING} De landelijke cijfers komen uit gepubliceerde bronnen; alle cijfers per instelling zijn verzonnen.` : null,
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
      items: [{ url: `/downloads/${checkFileName(extras.pdfFile, 'de pdf')}`, title: edition.title, meta: 'PDF' }],
    });
  }
  if (extras.tables.length > 0) {
    groups.push({
      id: 'resultaten',
      title: 'Resultaten als tabel',
      intro: 'Alle berekende uitkomsten in CSV-bestanden: UTF-8, gescheiden door komma’s, met een decimale punt.',
      items: [...extras.tables]
        .sort((a, b) => a.file.localeCompare(b.file))
        .map((t) => ({
          url: `/downloads/data/${checkFileName(t.file, 'een resultaattabel')}`,
          title: t.title ?? t.file,
          meta: `${fileType(t.file)}, ${formatBytes(Buffer.byteLength(t.csv))}`,
        })),
    });
  }
  if (extras.snapshotDir && context.snapshotFiles.length > 0) {
    groups.push({
      id: 'snapshot',
      title: 'De brongegevens',
      intro: `De invoerbestanden van editie ${edition.snapshot} (${edition.hash}), precies zoals de build ze heeft gelezen.${
        edition.synthetic ? ' De gegevens over instellingen in deze bestanden zijn fictief.' : ''
      }`,
      items: context.snapshotFiles.map((f) => ({
        url: `/downloads/snapshot/${checkFileName(f.name, 'een snapshotbestand')}`,
        title: f.name,
        meta: `${fileType(f.name)}, ${formatBytes(f.bytes)}`,
      })),
    });
  }
  const figureDownloads = Object.values(figures).filter((f) => f.downloads.length > 0);
  return {
    ...make('/downloads/', 'Downloads', 'Het rapport als pdf, alle resultaten en brongegevens als CSV, en de gegevens en specificaties van elke figuur.', 'downloads'),
    groups,
    figureDownloads,
  };
}

export function searchPage(make: MakePage): SitePage {
  return make('/zoeken/', 'Zoeken', 'Zoek in alle pagina’s van de monitor.', 'search');
}

function checkView(outcome: CheckOutcome): CheckView {
  const pages = plural(outcome.pages, 'pagina', 'pagina’s');
  const summary =
    outcome.problems === 0
      ? `Geen problemen gevonden op ${pages}.`
      : `${outcome.problems === 1 ? 'Eén probleem' : `${formatNumber(outcome.problems)} problemen`} gevonden op ${pages}.`;
  const checkedPages = (outcome.checkedPages ?? []).map((p) => ({ url: p.url, result: p.problems === 0 ? 'in orde' : plural(p.problems, 'probleem', 'problemen') }));
  return { label: outcome.label, tool: outcome.tool, summary, passed: outcome.problems === 0, messages: outcome.messages, checkedPages };
}

export function accessibilityPage(make: MakePage, report: Report, extras: SiteExtras): SiteData['accessibility'] {
  const { snapshot, hash } = report.edition;
  return {
    ...make('/toegankelijkheid/', 'Toegankelijkheid', 'Hoe toegankelijk deze site is, welke controles bij deze editie zijn gedaan en met welke uitkomst.', 'accessibility'),
    standard: extras.checks?.standard ?? 'WCAG 2.1 niveau AA',
    checks: extras.checks ? extras.checks.outcomes.map(checkView) : null,
    checked: `editie ${snapshot} (${hash})`,
  };
}
