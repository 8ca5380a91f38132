// The method chapter's account of the findings stage (scripts/findings/): each rule in plain Dutch with this
// edition's counts. Kept apart from method.ts so the statistics paragraphs there and these can change separately.
import type { Paragraph } from '../types.ts';
import { findingsOf } from '../../findings/root.ts';
import { required, type Writer } from '../builder.ts';

export function findingsMethod(w: Writer): Paragraph[] {
  if (!findingsOf(w.results)) return [];
  const c = (key: string, noun: readonly [string, string]) => w.digits(`findings.counts.${key}`, noun);
  const weight = (key: string) => w.num(`findings.parameters.${key}`, 1);
  return [
    required(
      'methode-bevindingen-koers',
      w.s`Of de sector op koers ligt, bepalen we per indicator met een rechte lijn van de startwaarde van elke instelling naar haar streefwaarde.`,
      w.s`De geplande vooruitgang is het deel van die periode dat bij de laatste meting voorbij is, maal de verbeterambitie; de werkelijke vooruitgang is de laatste waarde min de startwaarde, met het teken zo dat een positieve waarde een verbetering is.`,
      w.s`Een instelling ligt op koers als haar werkelijke vooruitgang minstens de geplande is.`,
      w.s`Voor de sector nemen we het gemiddelde van de werkelijke vooruitgang met het betrouwbaarheidsinterval van vijfennegentig procent (t-verdeling): ligt het hele interval onder nul, dan is de sector verslechterd; omvat het zowel nul als de geplande vooruitgang, dan is de uitkomst onzeker; ligt het onder de geplande vooruitgang, dan ligt de sector achter op schema; anders ligt de sector op koers.`,
      w.s`Een verbetering of verslechtering noemen we alleen als het interval nul niet omvat.`,
      w.s`Deze editie: ${c('onCourse', ['indicator', 'indicatoren'])} op koers, ${c('behind', ['indicator', 'indicatoren'])} achter op schema, ${c('worse', ['indicator', 'indicatoren'])} verslechterd, ${c('uncertain', ['indicator', 'indicatoren'])} onzeker en ${c('noData', ['indicator', 'indicatoren'])} zonder gegevens om dit te bepalen.`,
    ),
    required(
      'methode-bevindingen-overig',
      w.s`Landelijke reeksen beschrijven we als geheel: de laatste verandering, een omslag als de stappen ervoor de andere kant op gingen, en bij een landelijk doel de afstand tot dat doel, het tempo dat per jaar nog nodig is om het in het doeljaar te halen, het tempo tot nu toe (met twee of meer metingen) en de afstand tot een rechte lijn van de eerste meting naar het doel.`,
      w.s`Streefwaarden van instellingen tellen we alleen op om ze naast het landelijke doel te zetten; zo'n som is nooit een landelijk cijfer, dat komt uit de gemeten landelijke reeks.`,
      w.s`De besteding zetten we af tegen het deel van de periode ${String(w.results.budget.period.first)}-${String(w.results.budget.period.last)} dat de bestedingen beslaan: de e-file over een jaar komt het jaar erna, dus bestedingen over één jaar zijn een kwart van de periode, ook als er in de kalender al meer tijd voorbij is; de besteding loopt achter als minder dan vier vijfde van dat deel is uitgegeven.`,
      w.s`Het oordeel van de instellingen vatten we samen als meerderheid: positief als meer dan de helft de uitvoering zoals verwacht noemt en de activiteiten effectief vindt.`,
      w.s`Een doelstelling of thema zonder gegevens per instelling is zelf een bevinding.`,
    ),
    required(
      'methode-bevindingen-belang',
      w.s`De volgorde van de bevindingen volgt een vaste regel: belang is gewicht maal omvang maal bereik.`,
      w.s`Het gewicht is ${weight('weightAttention')} voor een aandachtspunt, ${weight('weightPositive')} voor een positieve ontwikkeling en ${weight('weightMixed')} voor een wisselend beeld; de omvang is de schatting gedeeld door de halve breedte van haar betrouwbaarheidsinterval, hoogstens ${w.count('findings.parameters.maxSize')}; het bereik is het aandeel van de instellingen waar de bevinding over gaat.`,
      w.s`In totaal leverden de regels ${c('findings', ['bevinding', 'bevindingen'])} op: ${c('positive', ['positieve ontwikkeling', 'positieve ontwikkelingen'])}, ${c('attention', ['aandachtspunt', 'aandachtspunten'])} en ${c('mixed', ['wisselend beeld', 'wisselende beelden'])}.`,
    ),
  ];
}

