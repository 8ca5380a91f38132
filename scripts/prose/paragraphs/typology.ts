// The typology of institutions (seed 000 §3.1): how it works, each type with its count, and the caveat that it
// is no judgement of quality. Type descriptions paraphrase the synthesis report.
import type { TypologyType } from '../../compute/types.ts';
import { INSTELLING, piece, required, type Writer } from '../builder.ts';
import type { TypologyProse } from '../types.ts';

const DESCRIPTION: Record<TypologyType, string> = {
  1: 'Deze instellingen behoren op veel indicatoren tot het kwart met de gunstigste startwaarden. Omdat zij al hoog beginnen, liggen ook hun streefwaarden hoog, maar is hun verbeterambitie in procentpunten relatief beperkt: de ruimte voor verbetering is kleiner.',
  2: 'Deze instellingen hebben vaak relatief ongunstige startwaarden en behoren tegelijk vaak tot de instellingen met de grootste verbeterambities. Zij willen grote stappen vooruit zetten.',
  3: 'Ook deze instellingen hebben vaak relatief ongunstige startwaarden, maar hun verbeterambities zijn kleiner dan die van de vorige groep. Kleinere stappen kunnen ook een bewuste keuze voor focus op bepaalde doelen zijn.',
  4: 'Deze instellingen vallen niet op door veel gunstige of ongunstige startwaarden, maar behoren het vaakst tot de instellingen met een hoge verbeterambitie.',
  5: 'Ook deze instellingen zitten qua startwaarden in de middengroep, maar zij behoren het vaakst tot de instellingen met een relatief lage verbeterambitie.',
  geen: 'Bij deze instellingen wijzen startwaarden en ambities niet duidelijk in één richting; zij vallen in geen van de vijf typen.',
};

export function writeTypology(w: Writer): TypologyProse {
  const t = w.results.typology;
  const method = required(
    'typologie-methode',
    w.s`Om verschillen tussen instellingen zichtbaar te maken, kijken we per indicator welke instellingen tot het kwart met de gunstigste en welke tot het kwart met de ongunstigste startwaarde, streefwaarde en verbeterambitie behoren.`,
    w.s`Dat doen we voor ${w.digits('method.typologyIndicators')} indicatoren; indicatoren zonder gunstige richting (neutraal) tellen niet mee.`,
    w.s`Per instelling tellen we hoe vaak zij in het gunstige en hoe vaak in het ongunstige kwart valt; het saldo, gedeeld door het aantal indicatoren met een waarde, bepaalt of de startpositie hoog, gemiddeld of laag is en of de ambitie groot of klein is.`,
    t.typed === w.results.method.institutions
      ? w.s`Alle ${w.digits('method.institutions', INSTELLING)} krijgen zo een type.`
      : w.s`Zo krijgen ${w.digits('typology.typed')} van de ${w.digits('method.institutions', INSTELLING)} een van de vijf typen.`,
    t.withoutStart > 0 ? w.s`Van ${w.digits('typology.withoutStart', INSTELLING)} zijn geen startwaarden bekend; zij krijgen geen type.` : null,
    w.s`Omdat de grenzen bij het 33e en het 67e percentiel liggen, heeft per definitie ongeveer een derde van de instellingen een hoge en een derde een lage startpositie; hoe groot elk type is, volgt dus deels uit de indeling zelf en is geen bevinding.`,
  );
  const types = t.types.map((ts, i) => {
    const base = `typology.types.${i}`;
    // Plain counts: the size of a type follows largely from its cut-offs, so no quantity words that read as a finding.
    const count = piece(w.digits(`${base}.count`), ' van de ', w.digits('method.institutions', INSTELLING));
    const head = ts.type === 'geen'
      ? w.s`Geen uitgesproken profiel: ${count}.`
      : w.s`Type ${String(ts.type)}, ${ts.name.charAt(0).toLowerCase()}${ts.name.slice(1)}: ${count}.`;
    const sentences = DESCRIPTION[ts.type].split(/(?<=\.) /).map((text) => w.s`${text}`);
    return { type: ts.type, paragraph: required(`typologie-type-${ts.type}`, head, ...sentences) };
  });
  const caveat = required(
    'typologie-kanttekening',
    w.s`De typering is geen waardeoordeel over de kwaliteit van instellingen.`,
    w.s`Een instelling die vaak in het ongunstige kwart valt, kan in absolute zin voldoende scoren, en startwaarden hangen ook af van de studentenpopulatie, het opleidingenaanbod en de regio.`,
    w.s`De typering laat alleen zien dat instellingen vanuit verschillende uitgangsposities verschillende keuzes maken.`,
    w.results.edition.synthetic ? w.s`Omdat de instellingsgegevens in deze editie fictief zijn, zegt de indeling niets over bestaande instellingen.` : null,
  );
  return { method, types, caveat };
}
