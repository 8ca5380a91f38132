// The methodology page, generated from the rules the computation applied and the counts it produced, so the
// page never drifts from what was done: data, target revisions, disclosure, spread, significance, typology, wording.
import type { Paragraph } from '../types.ts';
import { RULE_PUBLISHED } from '../../compute/targets.ts';
import { formatDate } from '../../lib/nl.ts';
import { INSTELLING, list, paragraph, piece, required, type Writer } from '../builder.ts';
import { TOLERANCE_TEXT } from '../wording.ts';
import { FIRST_FUNDING_YEAR } from '../../findings/rules/course.ts';
import { effortTested } from './effort.ts';

export function writeMethod(w: Writer): Paragraph[] {
  return [
    data(w),
    targets(w),
    revisions(w),
    disclosure(w),
    spread(w),
    attainment(w),
    means(w),
    provenance(w),
    uncertainty(w),
    convergence(w),
    significance(w),
    typology(w),
    downloads(w),
    wording(w),
  ].filter((p): p is Paragraph => p !== null);
}

function data(w: Writer) {
  const e = w.results.edition;
  return required(
    'methode-gegevens',
    w.s`Deze editie is gebaseerd op de gegevensset ${e.snapshot} met peildatum ${formatDate(e.referenceDate)}.`,
    w.s`De gegevens per instelling tellen ${list([w.digits('method.startValues', ['startwaarde', 'startwaarden']), w.digits('method.targetValues', ['streefwaarde', 'streefwaarden']), w.digits('method.realisedValues', ['gerealiseerde waarde', 'gerealiseerde waarden'])])}.`,
    w.s`Ze gaan over ${w.digits('method.institutions', INSTELLING)}, ${w.digits('method.indicators', ['indicator', 'indicatoren'])} en ${w.digits('method.goals', ['doelstelling of Stagepact-thema', "doelstellingen en Stagepact-thema's"])}, met ${w.digits('method.measures', ['maatregel', 'maatregelen'])}.`,
    e.synthetic ? w.s`De gegevens per instelling zijn fictief; de landelijke reeksen en doelen zijn gepubliceerde cijfers met hun bron.` : null,
  );
}

function targets(w: Writer) {
  const t = w.results.method.targets;
  // Any e-file row at all (used, ignored as less ambitious or equal): before the first e-file there is none.
  const efile = t.newUsed + t.upwardUsed + t.downwardIgnored + t.unchanged + t.neutralChanged > 0;
  return required(
    'methode-streefwaarden',
    w.s`De ambitie is de streefwaarde min de startwaarde, bij percentages in procentpunten; de verbeterambitie is hetzelfde verschil, met het teken zo gekozen dat een positieve waarde altijd een verbetering is.`,
    w.s`Als streefwaarde geldt die uit de kwaliteitsagenda, tenzij de e-file een nieuwe of een ambitieuzere waarde geeft; de kwaliteitsagenda's leverden ${w.digits('method.targets.original', ['bruikbare streefwaarde', 'bruikbare streefwaarden'])}.`,
    efile
      ? w.s`Uit de e-file hebben we ${w.digits('method.targets.newUsed', ['nieuwe streefwaarde', 'nieuwe streefwaarden'])} overgenomen waar de kwaliteitsagenda er geen had, en ${w.digits('method.targets.upwardUsed', ['bijstelling', 'bijstellingen'])} naar een ambitieuzere waarde.`
      : w.s`Deze editie bevat nog geen streefwaarden uit een e-file: de eerste e-file wordt na de peildatum ingeleverd.`,
    efile
      ? w.s`Bijstellingen naar een minder ambitieuze waarde nemen we niet over, omdat niet duidelijk is waarom ze zijn bijgesteld; dat gold voor ${w.digits('method.targets.downwardIgnored', ['opgave', 'opgaven'])}.`
      : w.s`Bijstellingen naar een minder ambitieuze waarde zullen we niet overnemen, omdat niet duidelijk is waarom ze zijn bijgesteld.`,
    w.results.edition.reportYear >= RULE_PUBLISHED
      ? w.s`Dat is de werkwijze van de monitoring zelf: de Voortgangsrapportage prioriteit 2 (2025) nam alle nieuwe en naar boven bijgestelde streefwaarden uit de e-file over en liet de naar beneden bijgestelde weg, ‘omdat het niet duidelijk is waarom’, en deed dat ook in de andere deelonderzoeken.`
      : null,
    t.impossibleIgnored > 0
      ? w.s`Streefwaarden die niet bedoeld kunnen zijn, zoals een tevredenheid van nul of een waarde buiten het bereik van de eenheid, zijn genegeerd (${w.digits('method.targets.impossibleIgnored')}).`
      : null,
    t.neutralChanged > 0 ? w.s`Bij indicatoren zonder gunstige richting geldt de laatste bijstelling (${w.digits('method.targets.neutralChanged')}).` : null,
    t.unchanged > 0 ? w.s`In de e-file ${t.unchanged === 1 ? 'was' : 'waren'} ${w.digits('method.targets.unchanged', ['opgave', 'opgaven'])} gelijk aan de al geldende streefwaarde.` : null,
    w.s`In totaal ${t.inForce === 1 ? 'geldt' : 'gelden'} zo ${w.digits('method.targets.inForce', ['streefwaarde', 'streefwaarden'])} (per instelling, indicator en uitsplitsing).`,
  );
}

/** Under the table of revisions (seed 003 Tabel 1.2): what counting the lowered targets too would change. */
function revisions(w: Writer) {
  const e = w.results.method.revisionEffect;
  if (e.revised === 0) return null;
  const largest = e.largest;
  const name = largest ? withBreakdownName(w, largest.indicatorId, largest.breakdown) : null;
  return paragraph(
    'methode-streefwaarden-bijstellingen',
    w.s`De tabel met nieuwe en bijgestelde streefwaarden laat per indicator zien wat de gemiddelde streefwaarde zou zijn zonder de e-file, met alleen de nieuwe streefwaarden, met alle bijstellingen en met de nieuwe en ambitieuzere, zoals de monitor rekent.`,
    e.revised === 1
      ? w.s`Bij de enige combinatie van indicator en uitsplitsing met een bijstelling zou de gemiddelde streefwaarde met alle bijstellingen ${e.lessFavourable === 1 ? 'minder gunstig' : 'niet minder gunstig'} zijn.`
      : e.lessFavourable === 0
        ? w.s`Bij geen van de ${w.digits('method.revisionEffect.revised')} combinaties van indicator en uitsplitsing met een bijstelling zou de gemiddelde streefwaarde met alle bijstellingen minder gunstig zijn.`
        : e.lessFavourable === e.revised
          ? w.s`Bij alle ${w.digits('method.revisionEffect.revised')} combinaties van indicator en uitsplitsing met een bijstelling zou de gemiddelde streefwaarde met alle bijstellingen minder gunstig zijn.`
          : w.s`Bij ${w.digits('method.revisionEffect.lessFavourable')} van de ${w.digits('method.revisionEffect.revised')} combinaties van indicator en uitsplitsing met een bijstelling zou de gemiddelde streefwaarde met alle bijstellingen minder gunstig zijn.`,
    largest && name
      ? w.s`Het verschil is het grootst bij ${name}: ${w.level('method.revisionEffect.largest.meanAllRevisions', 'procent')} met alle bijstellingen, ${w.level('method.revisionEffect.largest.meanRule', 'procent')} zoals de monitor rekent.`
      : null,
  );
}

/** `‘Hulp bij keuze’ (niveau 3)`: the indicator's short name, with the breakdown unless it is `totaal`. */
function withBreakdownName(w: Writer, indicatorId: string, breakdown: string): string {
  const name = `‘${w.results.indicators[indicatorId]!.shortName}’`;
  return breakdown === 'totaal' ? name : `${name} (${breakdown})`;
}

function disclosure(w: Writer) {
  const m = w.results.method;
  return required(
    'methode-onthulling',
    w.s`Een gerealiseerde waarde die op minder respondenten berust dan de drempel van de indicator, tonen we niet en tellen we niet mee in gemiddelden en spreiding.`,
    m.disclosure.indicatorsWithMinN === 0
      ? w.s`Geen enkele indicator heeft een eigen drempel; voor waarden met een aantal respondenten geldt een drempel van ${w.digits('method.disclosure.defaultMinN')}.`
      : w.s`Voor ${w.digits('method.disclosure.indicatorsWithMinN', ['indicator', 'indicatoren'])} is een drempel opgegeven; voor andere waarden met een aantal respondenten geldt een drempel van ${w.digits('method.disclosure.defaultMinN')}.`,
    w.s`Een enquêtecijfer van een indicator met een drempel maar zonder opgegeven aantal respondenten kan niet laten zien dat het de drempel haalt; ook dat publiceren we niet${m.disclosure.withoutN > 0 ? piece(' (', w.digits('method.disclosure.withoutN', ['waarde', 'waarden']), ' in deze editie)') : ''}.`,
    m.suppressed === 0
      ? w.s`In deze editie viel geen enkele waarde onder de drempel.`
      : w.s`In deze editie ${m.suppressed === 1 ? 'is' : 'zijn'} zo ${w.digits('method.suppressed', ['gerealiseerde waarde', 'gerealiseerde waarden'])} weggelaten; bij de figuren staat hoeveel het er per indicator zijn.`,
  );
}

function spread(w: Writer) {
  return required(
    'methode-spreiding',
    w.s`De spreiding tussen instellingen beschrijven we met kwartielen: Q1 is het 25e en Q3 het 75e percentiel, berekend met lineaire interpolatie tussen de geordende waarden.`,
    w.s`De helft van de instellingen ligt tussen Q1 en Q3; in tijdreeksen tonen we daarnaast de band van het 5e tot het 95e percentiel.`,
  );
}

function attainment(w: Writer) {
  const a = w.results.method.attainment;
  return required(
    'methode-doelbereik',
    w.s`Een instelling heeft haar streefwaarde bereikt als de laatst gemeten waarde voorbij de streefwaarde ligt, in de richting die als beter geldt.`,
    w.s`Bij enquêtecijfers met een bekend aantal respondenten houden we rekening met de steekproefmarge: ligt een percentage minder dan ${w.num('method.samplingZ', 2)} standaardfouten van de streefwaarde af (de binomiale standaardfout van een percentage gelijk aan de streefwaarde, gemeten bij zoveel respondenten), dan is het niet te onderscheiden van de streefwaarde en noemen we het ‘binnen de marge’ in plaats van bereikt of niet bereikt.`,
    scoreMargin(w),
    w.s`Een streefwaarde die niet gunstiger is dan de eigen startwaarde van de instelling (geen verbetering gepland) tellen we apart, als ‘streefwaarde zonder verbetering’; zo’n streefwaarde halen zegt weinig.`,
    w.s`‘Bereikt’ en ‘aandeel bereikt’ betekenen in het hele rapport en in de downloads hetzelfde: het aandeel van de streefwaarden die verbetering plannen dat voorbij de steekproefmarge is bereikt; een kolom die iets anders telt, heeft een andere naam.`,
    a.n === 0
      ? null
      : w.s`Over alle indicatoren samen ${a.n === 1 ? 'is er' : 'zijn er'} ${w.digits('method.attainment.n', ['combinatie', 'combinaties'])} van instelling en indicator met een streefwaarde en een gemeten waarde: bij ${w.digits('method.attainment.reached')} is de streefwaarde bereikt, bij ${w.digits('method.attainment.withinMargin')} ligt de waarde binnen de marge, bij ${w.digits('method.attainment.notReached')} is de streefwaarde niet bereikt en bij ${w.digits('method.attainment.targetWithoutImprovement')} gaat het om een streefwaarde zonder verbetering.`,
  );
}

/** Score indicators (1–10): a margin only where the snapshot gives the standard deviation of the answers. */
function scoreMargin(w: Writer) {
  const m = w.results.method.scoreMargins;
  if (m.values === 0) return null;
  if (m.withSd === 0) {
    return w.s`Bij rapportcijfers geeft deze editie geen standaardafwijking van de antwoorden; daar geldt dus geen steekproefmarge en vergelijken we de gemiddelde score direct met de streefwaarde.`;
  }
  return w.s`Bij rapportcijfers is de marge ${w.num('method.samplingZ', 2)} keer de standaardafwijking van de antwoorden gedeeld door de wortel uit het aantal respondenten; dat kan alleen waar de gegevens die standaardafwijking geven, in deze editie bij ${w.digits('method.scoreMargins.withSd')} van de ${w.digits('method.scoreMargins.values', ['gemeten rapportcijfer', 'gemeten rapportcijfers'])}${m.withSd < m.values ? '; bij de andere geldt geen marge' : ''}.`;
}

function means(w: Writer) {
  return required(
    'methode-gemiddelden',
    w.s`Een gemiddelde over de sector is een gemiddelde over instellingen: elke instelling telt even zwaar, zoals in de eerdere rapportages.`,
    w.s`Daarnaast geven we een gemiddelde dat is gewogen naar het aantal studenten van elke instelling; dat laat zien wat de gemiddelde student merkt (niet bij aantallen, die al met de omvang van een instelling meegroeien).`,
    w.results.method.weightedDiffers === 0
      ? w.s`In deze editie ligt het gewogen gemiddelde van de verbeterambitie overal binnen de marge van het ongewogen gemiddelde.`
      : w.s`Bij ${w.digits('method.weightedDiffers', ['combinatie', 'combinaties'])} van indicator en uitsplitsing wijkt het gewogen gemiddelde van de verbeterambitie verder af dan de marge van het ongewogen gemiddelde; daar noemen we het in de tekst.`,
    w.s`De gemiddelde ambitie gaat over de instellingen met zowel een start- als een streefwaarde; het gemiddelde van hun streefwaarden min dat van hun startwaarden is de gemiddelde ambitie.`,
    w.s`Het gemiddelde van alle startwaarden kan daarvan afwijken, omdat het ook instellingen zonder streefwaarde omvat; in de downloads zijn dat aparte kolommen met een eigen naam.`,
  );
}

function provenance(w: Writer) {
  const m = w.results.method.latestProvenance;
  return required(
    'methode-herkomst',
    w.s`Als laatste waarde van een instelling geldt de meest recente waarde die we tonen.`,
    w.s`Viel de waarde van het laatste jaar onder de drempel voor het aantal respondenten, dan is dat een waarde uit een eerder jaar; soms komt de waarde uit een andere bron dan bij de meeste instellingen, zoals een eigen peiling in plaats van de JOB-monitor.`,
    m.n === 0
      ? null
      : w.s`Van de ${w.digits('method.latestProvenance.n', ['laatste waarde', 'laatste waarden'])} ${m.earlierYear === 1 ? 'komt er' : 'komen er'} ${w.digits('method.latestProvenance.earlierYear')} uit een eerder jaar en ${w.digits('method.latestProvenance.otherSource')} uit een andere bron; de downloads vermelden per instelling het jaar en de herkomst.`,
  );
}

function uncertainty(w: Writer) {
  return required(
    'methode-onzekerheid',
    w.s`Bij gemiddelden, aandelen en correlaties geven we een ${w.pct('method.confidenceLevel')}-betrouwbaarheidsinterval: de marge die aangeeft hoe nauwkeurig de uitkomst is bepaald.`,
    w.s`Voor een gemiddelde, zoals de gemiddelde verbeterambitie of de gemiddelde ontwikkeling, gebruiken we het interval van de t-verdeling (Student).`,
    w.s`Voor een aandeel van instellingen, zoals het aandeel dat zijn streefwaarde heeft bereikt, gebruiken we het interval van Wilson, dat ook bij kleine aantallen en bij aandelen dicht bij nul of honderd procent goed werkt.`,
    w.s`Voor een correlatie gebruiken we het interval via de Fisher-z-transformatie.`,
    w.s`Omvat het interval van een gemiddelde ambitie de nul, dan noemen we die ambitie niet duidelijk.`,
  );
}

function convergence(w: Writer) {
  const t = w.results.method.tests.spread;
  return required(
    'methode-inhaalslag',
    w.s`Of de verschillen tussen instellingen kleiner worden, toetsen we rechtstreeks: we vergelijken de spreiding (standaardafwijking) van de streefwaarden met die van de startwaarden van dezelfde instellingen, met de toets van Pitman en Morgan voor gepaarde waarden.`,
    w.s`De correlatie tussen startwaarde en ambitie tonen we alleen ter beschrijving: toevallige meetfouten in de startwaarde komen met het omgekeerde teken terug in de ambitie, waardoor die correlatie vanzelf naar een negatieve waarde neigt (regressie naar het gemiddelde).`,
    w.s`Van een inhaalslag spreken we alleen als de streefwaarden significant minder gespreid zijn dan de startwaarden; zijn ze significant meer gespreid, dan worden de verschillen tussen instellingen groter.`,
    t.tests === 0
      ? w.s`In deze editie was er geen indicator met genoeg gegevens voor deze toets.`
      : w.s`In deze editie ${t.tests === 1 ? 'deden we deze toets één keer' : piece('deden we deze toets ', w.digits('method.tests.spread.tests'), ' keer')}, met de correctie voor meervoudig toetsen hieronder: bij ${w.digits('method.tests.spread.inhaalslag')} worden de verschillen kleiner, bij ${w.digits('method.tests.spread.uiteenlopen')} groter en bij ${w.digits('method.tests.spread.geen')} is geen conclusie mogelijk.`,
  );
}

function significance(w: Writer) {
  const t = w.results.method.tests;
  const family = (path: string, what: string) =>
    w.s`${what} deden we ${w.digits(`${path}.tests`, ['toets', 'toetsen'])}; door toeval alleen zouden er ongeveer ${w.num(`${path}.expectedByChance`, 1)} significant zijn (${w.digits(`${path}.tests`)} × ${w.num('method.significanceLevels.significant', 2)}); zonder correctie ${w.numberAt(`${path}.significantP`) === 1 ? 'was' : 'waren'} het er ${w.digits(`${path}.significantP`)}, na correctie ${w.digits(`${path}.surviving`)}.`;
  return required(
    'methode-significantie',
    w.s`Samenhangen berekenen we als Pearson-correlatie (r) met een tweezijdige p-waarde; met minder dan vier instellingen toetsen we niet.`,
    w.s`Wie veel samenhangen toetst, vindt er door toeval altijd een paar: bij p < ${w.num('method.significanceLevels.significant', 2)} gemiddeld één op de twintig.`,
    w.s`Daarom corrigeren we binnen elke tabel voor het aantal toetsen met de methode van Benjamini en Hochberg, en noemen we een uitkomst alleen significant als de gecorrigeerde p-waarde (q) kleiner is dan ${w.num('method.significanceLevels.significant', 2)}, en zwak significant bij q van ${w.num('method.significanceLevels.significant', 2)} tot ${w.num('method.significanceLevels.weak', 2)}.`,
    t.effort.tests === 0 ? null : family('method.tests.effort', 'Tussen inzet en ontwikkeling'),
    t.ambitionBudget.tests === 0 ? null : family('method.tests.ambitionBudget', 'Tussen verbeterambitie en begroting'),
    w.s`Om instellingen die een maatregel wel en niet uitvoerden te vergelijken, zijn in beide groepen minstens ${w.digits('method.tests.minPerGroup', INSTELLING)} nodig${t.effort.tooFewPerGroup > 0 ? piece('; bij ', w.digits('method.tests.effort.tooFewPerGroup', ['vergelijking', 'vergelijkingen']), ' waren er te weinig instellingen om te vergelijken') : ''}.`,
    w.s`De tekst gebruikt de Pearson-correlatie (r); de rangcorrelatie van Spearman staat er in de tabellen naast als controle, omdat één afwijkende instelling r sterk kan beïnvloeden en de rangcorrelatie niet.`,
    w.s`Een samenhang zegt niets over oorzaak en gevolg.`,
    ...effortTested(w),
  );
}

function typology(w: Writer) {
  const th = w.results.typology.thresholds;
  if (!th) return null;
  const ambition =
    th.ambitionMedian !== null && th.ambitionP33 !== null && th.ambitionP67 !== null
      ? w.s`Binnen een lage startpositie onderscheiden we grote stappen (ambitiescore op of boven de mediaan, ${w.num('typology.thresholds.ambitionMedian', 2)}) en kleinere stappen; binnen een gemiddelde startpositie grote stappen boven het 67e percentiel (${w.num('typology.thresholds.ambitionP67', 2)}) en kleinere stappen onder het 33e percentiel (${w.num('typology.thresholds.ambitionP33', 2)}).`
      : null;
  return paragraph(
    'methode-typologie',
    w.s`Voor de typologie telt per instelling hoe vaak zij per indicator in het gunstigste kwart (op of boven Q3) en in het ongunstigste kwart (op of onder Q1) valt, voor startwaarde, streefwaarde en verbeterambitie.`,
    w.s`De startscore is het aantal gunstige min het aantal ongunstige startwaarden, gedeeld door het aantal indicatoren met een startwaarde; de ambitiescore idem voor de verbeterambities.`,
    w.s`Een startscore boven het 67e percentiel (${w.num('typology.thresholds.startP67', 2)}) geldt als hoog, onder het 33e percentiel (${w.num('typology.thresholds.startP33', 2)}) als laag.`,
    ambition,
    w.s`Waarden vergelijken we exact met de kwartielgrenzen, op het aantal decimalen waarmee ze zijn opgegeven; een waarde die precies op Q1 of Q3 ligt, telt mee als ongunstig of gunstig.`,
    w.s`Heeft een indicator geen uitsplitsing ‘totaal’, dan gebruiken we de uitsplitsing met de meeste startwaarden.`,
  );
}

function downloads(w: Writer) {
  return required(
    'methode-downloads',
    w.s`Alle uitkomsten staan ook als CSV-bestand op de downloadpagina, waar elke kolom is beschreven.`,
    w.s`Naast de gemiddelden staan daar de grenzen van de betrouwbaarheidsintervallen (laag en hoog), de standaardafwijkingen, de gewogen gemiddelden en de gemiddelden over alleen de instellingen met zowel een start- als een streefwaarde (gepaard).`,
    w.s`Bij de correlaties staan de p-waarde, de gecorrigeerde p-waarde (q), het interval van r en de rangcorrelatie van Spearman; bij de spreiding van start- en streefwaarden de standaardafwijkingen, de p- en q-waarde van de toets en de conclusie.`,
    w.s`Een apart bestand over het doelbereik per indicator telt per uitsplitsing hoeveel instellingen hun streefwaarde hebben bereikt, niet hebben bereikt, binnen de marge zitten of een streefwaarde zonder verbetering hebben, met het aandeel bereikt en zijn interval; per instelling staan de marge, het oordeel en de herkomst van de laatste waarde erbij.`,
    w.s`Het bestand over de koers geeft per indicator en uitsplitsing de geplande en de werkelijke vooruitgang, het gemiddelde verschil met zijn interval, het oordeel, het aantal instellingen op of boven hun pad en het oordeel met paden vanaf ${String(FIRST_FUNDING_YEAR)}, onafgerond.`,
  );
}

function wording(w: Writer) {
  return required(
    'methode-woordkeus',
    w.s`In de tekst noemen we een verschil ‘vrijwel gelijk’ bij ${TOLERANCE_TEXT}.`,
    w.s`Aandelen van instellingen in woorden, zoals ‘de helft’ of ‘ruim een derde’, geven we altijd samen met het aantal; ‘een meerderheid’ zeggen we alleen als het hele Wilson-interval van het aandeel boven de helft ligt; gemiddelden gaan steeds over de instellingen waarvoor de betreffende waarden bekend zijn.`,
  );
}
