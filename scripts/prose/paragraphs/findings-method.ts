// The method chapter's account of the findings stage (scripts/findings/): each rule in plain Dutch with this
// edition's counts. Kept apart from method.ts so the statistics paragraphs there and these can change separately.
import type { Paragraph } from '../types.ts';
import { findingsOf } from '../../findings/root.ts';
import { list, piece, required, type Piece, type Writer } from '../builder.ts';

const COMBINATION = ['combinatie', 'combinaties'] as const;

export function findingsMethod(w: Writer): Paragraph[] {
  const findings = findingsOf(w.results);
  if (!findings) return [];
  const c = (key: string, noun: readonly [string, string]) => w.digits(`findings.counts.${key}`, noun);
  const weight = (key: string) => w.num(`findings.parameters.${key}`, 1);
  const n = findings.counts;
  const min = w.count('findings.parameters.minInstitutions');
  const first = w.year('findings.parameters.firstFundingYear');
  const verdicts = [
    n.ahead > 0 ? piece('voor op schema bij ', w.digits('findings.counts.ahead')) : null,
    n.onCourse > 0 ? piece('op schema bij ', w.digits('findings.counts.onCourse')) : null,
    n.behind > 0 ? piece('achter op schema bij ', w.digits('findings.counts.behind')) : null,
    n.worse > 0 ? piece('verslechterd bij ', w.digits('findings.counts.worse')) : null,
    n.uncertain > 0 ? piece('onzeker bij ', w.digits('findings.counts.uncertain')) : null,
  ].filter((p): p is Piece => p !== null);
  return [
    required(
      'methode-bevindingen-koers',
      w.s`Of de sector op schema ligt, bepalen we per indicator én per uitsplitsing, zodat een slechtere uitsplitsing nooit achter een betere verdwijnt.`,
      w.s`We kijken naar elke instelling met een startwaarde, een geldende streefwaarde die verbetering plant en een meting na het startjaar; haar eigen pad is een rechte lijn van de startwaarde in het startjaar naar de streefwaarde in het streefjaar.`,
      w.s`De geplande vooruitgang is het deel van die periode dat voorbij is in het jaar van haar laatste waarde, maal haar verbeterambitie; de werkelijke vooruitgang is de laatste waarde min de startwaarde; het verschil tussen die twee zegt hoever zij voor of achter haar eigen pad ligt (steeds met het teken zo dat positief beter is).`,
      w.s`Of een instelling op of boven haar pad ligt, rekenen we exact uit op het aantal decimalen van de gegevens: een waarde precies op het pad telt als op het pad.`,
      w.s`Voor de sector nemen we het gemiddelde verschil met het pad en de gemiddelde werkelijke vooruitgang, elk met het ${w.pct('method.confidenceLevel')}-betrouwbaarheidsinterval van de t-verdeling; het verschil is gepaard: per instelling één verschil tussen haar eigen werkelijke en geplande vooruitgang.`,
      w.s`Het oordeel volgt een vaste volgorde: met minder dan ${min} instellingen zeggen we niets over de sector (te weinig instellingen); ligt het interval van de werkelijke vooruitgang helemaal onder nul, dan is de sector verslechterd; ligt het interval van het verschil helemaal boven nul, dan ligt de sector voor op schema, helemaal eronder achter op schema; omvat het nul, dan ligt de sector op schema als de werkelijke vooruitgang duidelijk boven nul ligt, en anders is het onzeker: dan is vooruitgang niet te onderscheiden van stilstand.`,
      w.s`Verbeterd of verslechterd (de ontwikkeling) noemen we een uitsplitsing alleen als het interval van de werkelijke vooruitgang van dezelfde instellingen nul niet omvat; die ene regel geldt in elke tekst, tabel en figuur.`,
      w.s`Naast elk oordeel staat hoeveel instellingen op of boven hun eigen pad liggen, met het interval van Wilson; instellingen met een streefwaarde die geen verbetering plant, tellen apart en nooit als op schema, en we noemen hoeveel laatste waarden uit een eerder jaar of een andere bron komen.`,
      w.s`Als gevoeligheidstoets laten we elk pad in ${first}, het eerste jaar van de kwaliteitsmiddelen, beginnen in plaats van in het startjaar; waar het oordeel dan anders uitvalt, zegt de tekst dat.`,
      n.judged === 0
        ? w.s`In deze editie is er nog geen combinatie van indicator en uitsplitsing met genoeg gegevens voor een oordeel.`
        : w.s`Deze editie: van de ${c('judged', COMBINATION)} van indicator en uitsplitsing met een oordeel ligt de sector ${list(verdicts)}.`,
      n.tooFew + n.noData === 0
        ? null
        : w.s`${list([n.tooFew > 0 ? piece('bij ', c('tooFew', COMBINATION), ' waren er te weinig instellingen') : null, n.noData > 0 ? piece('bij ', c('noData', COMBINATION), ' nog geen gegevens') : null].filter((p): p is Piece => p !== null))} voor een oordeel.`,
      n.assessed === 0
        ? null
        : w.s`Samen beoordeelden we ${c('assessed', ['keer', 'keer'])} een instelling tegen haar eigen pad; ${c('withoutImprovement', ['streefwaarde', 'streefwaarden'])} ${n.withoutImprovement === 1 ? 'plant' : 'plannen'} geen verbetering; ${c('earlierYear', ['laatste waarde', 'laatste waarden'])} ${n.earlierYear === 1 ? 'komt' : 'komen'} uit een eerder jaar en ${c('otherSource', ['laatste waarde', 'laatste waarden'])} uit een andere bron; met paden vanaf ${first} valt het oordeel bij ${c('sensitivityDiffers', COMBINATION)} anders uit.`,
    ),
    required(
      'methode-bevindingen-populatie',
      w.s`De ${w.digits('method.institutions', ['instelling', 'instellingen'])} in deze gegevens zijn alle bekostigde mbo-instellingen: geen steekproef, maar de hele groep.`,
      w.s`Het interval zegt hier dus niet hoe goed een steekproef de sector weergeeft, maar of een gemiddelde groter is dan de toevallige schommelingen in de metingen zelf: de waarde van een instelling is een meting bij een cohort studenten of een groep respondenten, die ook zonder beleid van jaar tot jaar op en neer gaat.`,
      w.s`Een oordeel als ‘achter op schema’ betekent dat de instellingen samen verder achter hun eigen pad liggen dan zulke schommelingen verklaren; ‘onzeker’ betekent dat de metingen dat nog niet kunnen zeggen.`,
    ),
    required(
      'methode-bevindingen-overig',
      w.s`Landelijke reeksen beschrijven we als geheel: de laatste verandering, een omslag als de stappen ervoor de andere kant op gingen, en bij een landelijk doel de afstand tot dat doel, het tempo dat per jaar nog nodig is om het in het doeljaar te halen, het tempo tot nu toe (met twee of meer metingen) en de afstand tot een rechte lijn van de eerste meting naar het doel.`,
      w.s`Een verschil tussen twee gepubliceerde, afgeronde cijfers dat niet groter is dan één eenheid van het laatste cijfer (één procentpunt bij hele procenten), kan door de afronding alleen komen; zo'n verschil noemen we vrijwel gelijk.`,
      w.s`Van een einde aan een daling of stijging spreken we pas als de reeks eerst minstens twee keer de andere kant op ging en de omslag meer dan één jaar aanhoudt, of groter is dan de gewone verandering van jaar op jaar in die reeks.`,
      w.s`Gaat de laatste waarde van een landelijke reeks de verkeerde kant op, dan staat de reeks altijd bij de aandachtspunten van haar doelstelling; net als elke uitsplitsing die achter op schema ligt of verslechterd is.`,
      w.s`Streefwaarden van instellingen tellen we alleen op om ze naast het landelijke doel te zetten; zo'n som is nooit een landelijk cijfer, dat komt uit de gemeten landelijke reeks.`,
      w.s`De besteding is geen ontwikkeling van een doelstelling en staat daarom als eigen regel bij elke doelstelling. We zetten haar af tegen het deel van de periode ${String(w.results.budget.period.first)}-${String(w.results.budget.period.last)} dat de bestedingen beslaan: de e-file over een jaar komt het jaar erna, dus bestedingen over één jaar zijn een kwart van de periode, ook als er in de kalender al meer tijd voorbij is; de besteding loopt achter als minder dan vier vijfde van dat deel is uitgegeven.`,
      w.s`Het oordeel van de instellingen zelf is positief als het aandeel dat de uitvoering voor alle of de meeste activiteiten zoals verwacht noemt, met zijn Wilson-interval boven de helft ligt, geen meerderheid de activiteiten weinig of niet effectief vindt en het aandeel dat ze effectief vindt niet duidelijk een minderheid is; een aandachtspunt als dat eerste aandeel onder de helft ligt of een meerderheid ze weinig of niet effectief vindt; anders wisselend.`,
      w.s`Een landelijke reeks zonder gewenste richting (geen indicator zegt of hoger of lager beter is) beschrijven we bij haar doelstelling, maar zetten we niet bij de positieve ontwikkelingen of de aandachtspunten.`,
      w.s`Een uitspraak over de sector (een gemiddelde, een aandeel, een oordeel) doen we alleen met minstens ${w.count('findings.parameters.minInstitutions')} instellingen; daaronder zegt de tekst dat het er te weinig zijn.`,
      w.s`Een doelstelling of thema zonder gegevens per instelling is zelf een bevinding.`,
      w.s`Elke doelstelling opent met een eindoordeel dat alleen deze oordelen combineert: ‘vraagt aandacht’ als bij één indicator de sector achter op schema ligt of verslechterd is, of als een landelijk signaal aandacht vraagt (de opgetelde plannen halen een landelijk doel niet, of een landelijke reeks gaat de verkeerde kant op); ‘op schema’ alleen als elke indicator met een oordeel op of voor schema ligt; anders noemen we wat op schema ligt en wat nog onzeker is, of dat het nog niet te zeggen is.`,
    ),
    required(
      'methode-bevindingen-belang',
      w.s`Welke bevindingen voorop staan, hangt af van drie dingen: het soort bevinding, hoe duidelijk de uitkomst buiten de toevalsmarge valt en hoeveel instellingen het betreft.`,
      w.s`Een aandachtspunt telt zwaarder (${weight('weightAttention')}) dan een positieve ontwikkeling (${weight('weightPositive')}) en een wisselend beeld (${weight('weightMixed')}); hoe duidelijk een uitkomst is, meten we als de schatting gedeeld door de halve breedte van haar betrouwbaarheidsinterval, tot hoogstens ${w.count('findings.parameters.maxSize')}.`,
      w.s`In totaal leverden de regels ${c('findings', ['bevinding', 'bevindingen'])} op: ${c('positive', ['positieve ontwikkeling', 'positieve ontwikkelingen'])}, ${c('attention', ['aandachtspunt', 'aandachtspunten'])} en ${c('mixed', ['wisselend beeld', 'wisselende beelden'])}.`,
    ),
  ];
}
