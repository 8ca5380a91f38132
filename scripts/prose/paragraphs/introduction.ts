// The introduction: what the monitor is, which data this edition holds, the reference date, and — for a
// synthetic edition — plainly what is real and what is invented.
import type { Paragraph } from '../types.ts';
import { formatDate } from '../../lib/nl.ts';
import { INSTELLING, required, type Writer } from '../builder.ts';

export function writeIntroduction(w: Writer): Paragraph[] {
  const e = w.results.edition;
  const monitor = required(
    'inleiding-monitor',
    w.s`Deze rapportage beschrijft de voortgang van de Werkagenda mbo 2023-2027 en het Stagepact mbo 2023-2027, met peildatum ${formatDate(e.referenceDate)} (rapportjaar ${w.year('edition.reportYear')}).`,
    w.s`De Werkagenda kent drie prioriteiten, elk met een aantal doelstellingen; het Stagepact voegt daar eigen thema's aan toe.`,
    w.s`De instellingen hebben in hun kwaliteitsagenda's per indicator een startwaarde en een streefwaarde voor 2027 vastgelegd; het verschil is hun ambitie.`,
  );
  const data = required(
    'inleiding-gegevens',
    w.s`De gegevens gaan over ${w.count('method.institutions', INSTELLING)}, ${w.count('method.indicators', ['indicator', 'indicatoren'])} en ${w.count('method.goals', ['doelstelling of Stagepact-thema', "doelstellingen en Stagepact-thema's"])}.`,
    w.results.budget.coveredShare === null
      ? w.s`Per instelling en indicator gaat het om startwaarden, streefwaarden en de gerealiseerde waarden tot nu toe, aangevuld met de begrotingen van de kwaliteitsmiddelen; bestedingen, uitgevoerde maatregelen en het eigen oordeel van de instellingen komen uit de e-file, en op de peildatum is de eerste e-file nog niet ingeleverd.`
      : w.s`Per instelling en indicator gaat het om startwaarden, streefwaarden en de gerealiseerde waarden tot nu toe, aangevuld met de begrotingen en bestedingen van de kwaliteitsmiddelen, de uitgevoerde maatregelen en het eigen oordeel van de instellingen uit de e-file over ${w.year('budget.reportYear')}.`,
    w.s`Landelijke reeksen, zoals de instroom in het mbo en het aantal nieuwe voortijdig schoolverlaters, plaatsen de cijfers van de instellingen in perspectief.`,
  );
  if (!e.synthetic) return [monitor, data];
  const synthetic = required(
    'inleiding-synthetisch',
    w.s`Deze editie is synthetisch.`,
    w.s`Echt zijn de doelstellingen en thema's, de indicatoren met hun bronnen en de landelijke reeksen en doelen: dat zijn gepubliceerde cijfers, steeds met hun bron vermeld.`,
    w.s`Verzonnen zijn alle gegevens per instelling: de instellingen zelf, hun start-, streef- en gerealiseerde waarden, hun begrotingen en bestedingen, de uitgevoerde maatregelen en de oordelen uit de e-file.`,
    w.s`Gemiddelden, aandelen en spreiding in dit rapport beschrijven daarom de instellingen in deze gegevens, niet de werkelijke mbo-sector.`,
  );
  return [monitor, data, synthetic];
}
