// The methodology page, generated from the rules the computation applied and the counts it produced, so the
// page never drifts from what was done: data, target revisions, disclosure, spread, significance, typology, wording.
import type { Paragraph } from '../../report/types.ts';
import { formatDate } from '../../lib/nl.ts';
import { INSTELLING, list, paragraph, required, type Writer } from '../builder.ts';
import { TOLERANCE_TEXT } from '../wording.ts';

export function writeMethod(w: Writer): Paragraph[] {
  return [data(w), targets(w), disclosure(w), spread(w), significance(w), typology(w), wording(w)].filter((p): p is Paragraph => p !== null);
}

function data(w: Writer) {
  const e = w.results.edition;
  return required(
    'methode-gegevens',
    w.s`Deze editie is gebaseerd op de gegevensset ${e.snapshot} met peildatum ${formatDate(e.referenceDate)}.`,
    w.s`Het bestand met instellingswaarden telt ${w.digits('method.values', ['regel', 'regels'])}: ${list([w.digits('method.startValues', ['startwaarde', 'startwaarden']), w.digits('method.targetValues', ['streefwaarde', 'streefwaarden']), w.digits('method.realisedValues', ['gerealiseerde waarde', 'gerealiseerde waarden'])])}.`,
    w.s`Ze gaan over ${w.digits('method.institutions', INSTELLING)}, ${w.digits('method.indicators', ['indicator', 'indicatoren'])} en ${w.digits('method.goals', ['doelstelling of Stagepact-thema', "doelstellingen en Stagepact-thema's"])}, met ${w.digits('method.measures', ['maatregel', 'maatregelen'])}.`,
    e.synthetic ? w.s`De gegevens per instelling zijn fictief; de landelijke reeksen en doelen zijn gepubliceerde cijfers met hun bron.` : null,
  );
}

function targets(w: Writer) {
  const t = w.results.method.targets;
  return required(
    'methode-streefwaarden',
    w.s`De ambitie is de streefwaarde min de startwaarde, bij percentages in procentpunten; de verbeterambitie is hetzelfde verschil, met het teken zo gekozen dat een positieve waarde altijd een verbetering is.`,
    w.s`Als streefwaarde geldt die uit de kwaliteitsagenda, tenzij de e-file een nieuwe of een ambitieuzere waarde geeft; de kwaliteitsagenda's leverden ${w.digits('method.targets.original', ['bruikbare streefwaarde', 'bruikbare streefwaarden'])}.`,
    w.s`Uit de e-file hebben we ${w.digits('method.targets.newUsed', ['nieuwe streefwaarde', 'nieuwe streefwaarden'])} overgenomen waar de kwaliteitsagenda er geen had, en ${w.digits('method.targets.upwardUsed', ['bijstelling', 'bijstellingen'])} naar een ambitieuzere waarde.`,
    w.s`Bijstellingen naar een minder ambitieuze waarde nemen we niet over, omdat niet duidelijk is waarom ze zijn bijgesteld; dat gold voor ${w.digits('method.targets.downwardIgnored', ['opgave', 'opgaven'])}.`,
    t.impossibleIgnored > 0
      ? w.s`Streefwaarden die niet bedoeld kunnen zijn, zoals een tevredenheid van nul of een waarde buiten het bereik van de eenheid, zijn genegeerd (${w.digits('method.targets.impossibleIgnored')}).`
      : null,
    t.neutralChanged > 0 ? w.s`Bij indicatoren zonder gunstige richting geldt de laatste bijstelling (${w.digits('method.targets.neutralChanged')}).` : null,
    t.unchanged > 0 ? w.s`In de e-file ${t.unchanged === 1 ? 'was' : 'waren'} ${w.digits('method.targets.unchanged', ['opgave', 'opgaven'])} gelijk aan de al geldende streefwaarde.` : null,
    w.s`In totaal ${t.inForce === 1 ? 'geldt' : 'gelden'} zo ${w.digits('method.targets.inForce', ['streefwaarde', 'streefwaarden'])} (per instelling, indicator en uitsplitsing); elke genegeerde waarde wordt aan de redactie gemeld.`,
  );
}

function disclosure(w: Writer) {
  const m = w.results.method;
  return required(
    'methode-onthulling',
    w.s`Een gerealiseerde waarde die op minder respondenten berust dan de drempel van de indicator, tonen we niet en tellen we niet mee in gemiddelden en spreiding.`,
    m.disclosure.indicatorsWithMinN === 0
      ? w.s`Geen enkele indicator heeft een eigen drempel; voor waarden met een aantal respondenten geldt een drempel van ${w.digits('method.disclosure.defaultMinN')}.`
      : w.s`Voor ${w.digits('method.disclosure.indicatorsWithMinN', ['indicator', 'indicatoren'])} is een drempel opgegeven; voor andere waarden met een aantal respondenten geldt een drempel van ${w.digits('method.disclosure.defaultMinN')}.`,
    m.suppressed === 0
      ? w.s`In deze editie viel geen enkele waarde onder de drempel.`
      : w.s`In deze editie ${m.suppressed === 1 ? 'is' : 'zijn'} zo ${w.digits('method.suppressed', ['gerealiseerde waarde', 'gerealiseerde waarden'])} weggelaten; bij de figuren staat hoeveel het er per indicator zijn.`,
  );
}

function spread(w: Writer) {
  return required(
    'methode-spreiding',
    w.s`De spreiding tussen instellingen beschrijven we met kwartielen: Q1 is het 25e en Q3 het 75e percentiel, berekend met lineaire interpolatie tussen de geordende waarden (de gangbare definitie ‘type 7’).`,
    w.s`De helft van de instellingen ligt tussen Q1 en Q3; in tijdreeksen tonen we daarnaast de band van het 5e tot het 95e percentiel.`,
    w.s`Een instelling heeft haar streefwaarde bereikt als de laatst gemeten waarde op of voorbij de streefwaarde ligt, in de richting die als beter geldt.`,
  );
}

function significance(w: Writer) {
  return required(
    'methode-significantie',
    w.s`Samenhangen berekenen we als Pearson-correlatie (r) met een tweezijdige p-waarde.`,
    w.s`We noemen een samenhang significant bij p < ${w.num('method.significanceLevels.significant', 2)} en zwak significant bij p van ${w.num('method.significanceLevels.significant', 2)} tot ${w.num('method.significanceLevels.weak', 2)}; met minder dan vier instellingen toetsen we niet.`,
    w.s`Zo onderzoeken we of instellingen met een ongunstiger startwaarde een grotere verbeterambitie hebben (inhaalslag), of de ontwikkeling samenhangt met de inzet van middelen en maatregelen, en of de ambitie samenhangt met het aandeel van een doelstelling in de begroting.`,
    w.s`Een samenhang zegt niets over oorzaak en gevolg, en bij veel vergelijkingen kan een enkele significante uitkomst op toeval berusten.`,
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
  );
}

function wording(w: Writer) {
  return required(
    'methode-woordkeus',
    w.s`In de tekst noemen we een verschil ‘vrijwel gelijk’ bij ${TOLERANCE_TEXT}.`,
    w.s`Aandelen van instellingen in woorden, zoals ‘de helft’ of ‘ruim een derde’, geven we altijd samen met het aantal; gemiddelden gaan steeds over de instellingen waarvoor de betreffende waarden bekend zijn.`,
  );
}
