// The sector picture over all indicators (seed 000 chapter 2): broad ambition, catch-up (convergence), how far
// institutions are in reaching their targets, and summed targets against national goals.
import { INSTELLING, claiming, list, paragraph, piece, required, type Piece, type Writer } from '../builder.ts';
import type { SectorProse } from '../types.ts';
import { convergenceKind, indicatorLabel } from '../wording.ts';
import { MIN_INSTITUTIONS } from '../../findings/movement.ts';
import { reachedClaim } from '../../findings/claims.ts';
import { allBreakdowns, clearAmbition, extreme, mainBreakdowns, type MainBreakdown } from './common.ts';
import { sumVerdict } from '../../findings/rules/sums.ts';

export function writeSector(w: Writer): SectorProse {
  return { ambition: ambition(w), convergence: convergence(w), reached: reached(w), nationalGoals: nationalGoals(w) };
}

const labelOf = (m: MainBreakdown) => indicatorLabel(m.indicator.shortName, m.breakdown.breakdown);

function ambition(w: Writer) {
  const items = mainBreakdowns(w.results).filter((m) => m.breakdown.paired && m.breakdown.improvement && m.indicator.direction !== 'neutraal');
  if (items.length === 0) {
    return required('sector-ambitie', w.s`In deze gegevens zijn nog geen indicatoren met zowel start- als streefwaarden; een sectorbeeld van de ambities volgt zodra die er zijn.`);
  }
  // "Alle … naar verbetering" only when every 95% interval of the mean improvement ambition lies above 0.
  const better = clearAmbition;
  const others = items.filter((m) => !better(m));
  const first =
    others.length === 0
      ? w.s`Op alle indicatoren waarvoor start- en streefwaarden bekend zijn, streven de instellingen gemiddeld aantoonbaar naar verbetering: het ${w.pct('method.confidenceLevel')}-interval van de gemiddelde verbeterambitie ligt steeds boven nul.`
      : others.length === items.length
        ? w.s`Op geen van de indicatoren met start- en streefwaarden streven de instellingen gemiddeld aantoonbaar naar verbetering: het ${w.pct('method.confidenceLevel')}-interval van de gemiddelde verbeterambitie omvat telkens nul.`
        : w.s`Bij ${list(others.map(labelOf))} omvat het ${w.pct('method.confidenceLevel')}-interval van de gemiddelde verbeterambitie nul: daar is niet duidelijk dat de instellingen gemiddeld naar verbetering streven; op de andere indicatoren met start- en streefwaarden wel.`;
  const percent = items.filter((m) => m.indicator.unit === 'procent' && better(m)).sort((a, b) => b.breakdown.improvement!.mean - a.breakdown.improvement!.mean);
  const gain = (m: MainBreakdown): Piece => piece(labelOf(m), ' (', w.diff(`${m.path}.improvement.mean`, 'procent'), ')');
  const largest =
    percent.length >= 4
      ? w.s`In procentpunten zijn de gemiddelde verbeterambities het grootst bij ${list(percent.slice(0, 3).map(gain))}, en het kleinst bij ${gain(percent[percent.length - 1]!)}.`
      : percent.length > 0
        ? w.s`In procentpunten is de gemiddelde verbeterambitie het grootst bij ${gain(percent[0]!)}.`
        : null;
  const grade = items.find((m) => m.indicator.unit === 'cijfer' && better(m));
  const grades = grade
    ? w.s`Bij rapportcijfers gaat het om kleinere stappen, zoals bij ${labelOf(grade)} van gemiddeld ${w.level(`${grade.path}.paired.startMean`, 'cijfer')} naar ${w.level(`${grade.path}.paired.targetMean`, 'cijfer')}.`
    : null;
  const lo = extreme(items, (m) => m.breakdown.withTarget.share ?? 0, 'min')!;
  const hi = extreme(items, (m) => m.breakdown.withTarget.share ?? 0, 'max')!;
  const coverage =
    lo.breakdown.withTarget.share === null || hi.breakdown.withTarget.share === null || lo === hi
      ? null
      : lo.breakdown.withTarget.share === hi.breakdown.withTarget.share
        ? w.s`Voor elke indicator heeft ${w.pct(`${lo.path}.withTarget.share`)} van de instellingen een streefwaarde.`
        : w.s`Hoeveel instellingen een streefwaarde hebben, verschilt per indicator: van ${w.pct(`${lo.path}.withTarget.share`)} bij ${labelOf(lo)} tot ${w.pct(`${hi.path}.withTarget.share`)} bij ${labelOf(hi)}.`;
  return required('sector-ambitie', first, largest, grades, coverage);
}

function convergence(w: Writer) {
  // Catch-up is decided by the spread test (targets less spread than the starts of the same institutions), not by
  // r(start, ambition), which leans negative by construction.
  const t = w.results.method.tests.spread;
  if (t.tests === 0) {
    return required('sector-inhaalslag', w.s`Er zijn te weinig instellingen met zowel een start- als een streefwaarde om te toetsen of de verschillen tussen instellingen kleiner worden.`);
  }
  const all = allBreakdowns(w.results);
  const kind = (b: MainBreakdown) => convergenceKind(b.breakdown.convergence);
  const names = (items: MainBreakdown[]) => (items.length > 8 ? piece('onder meer bij ', list(items.slice(0, 8).map(labelOf))) : piece('bij ', list(items.map(labelOf))));
  const up = all.filter((b) => kind(b) === 'inhaalslag');
  const apart = all.filter((b) => kind(b) === 'uiteen');
  const counts = w.s`Voor ${w.digits('method.tests.spread.tests', ['combinatie', 'combinaties'])} van indicator en uitsplitsing hebben we getoetst of de streefwaarden dichter bij elkaar liggen dan de startwaarden van dezelfde instellingen.`;
  const catchUp = up.length === 0
    ? w.s`Een inhaalslag in de plannen, waarbij de verschillen tussen instellingen kleiner worden als de plannen worden gerealiseerd, zien we in deze gegevens niet.`
    : w.s`Een inhaalslag in de plannen, waarbij de streefwaarden duidelijk minder uiteenlopen dan de startwaarden, zien we ${names(up)}: als de plannen worden gerealiseerd, gaat daar niet alleen het gemiddelde vooruit, maar komen de instellingen ook dichter bij elkaar te liggen (convergentie).`;
  const reverse = apart.length === 0 ? null : w.s`${names(apart)} lopen de streefwaarden juist duidelijk meer uiteen dan de startwaarden: daar worden de verschillen tussen instellingen groter.`;
  const caution = t.geen > 0
    ? w.s`Bij de overige ${w.digits('method.tests.spread.geen')} is er geen duidelijk verschil in spreiding; dat instellingen met een ongunstiger startwaarde een grotere ambitie opgeven, is op zichzelf geen bewijs van een inhaalslag in de plannen.`
    : null;
  return required('sector-inhaalslag', counts, catchUp, reverse, caution);
}

function reached(w: Writer) {
  // Attainment that respects sampling error: shares over targets that plan an improvement; values within the
  // sampling margin of the target are not counted as reached.
  const items = mainBreakdowns(w.results).filter((m) => (m.breakdown.attainment?.shareReached.denominator ?? 0) >= MIN_INSTITUTIONS);
  if (items.length === 0) {
    return required('sector-bereikt', w.s`Er zijn nog geen indicatoren waarvoor genoeg instellingen zowel een streefwaarde als een gerealiseerde waarde hebben; of instellingen hun streefwaarden halen, volgt in een volgende meting.`);
  }
  const share = (m: MainBreakdown) => m.breakdown.attainment!.shareReached.share!;
  const lo = extreme(items, share, 'min')!;
  const hi = extreme(items, share, 'max')!;
  const of = (m: MainBreakdown) => {
    const base = `${m.path}.attainment.shareReached`;
    return piece(w.pct(`${base}.share`), ' bij ', labelOf(m), ' (', w.digits(`${base}.count`), ' van de ', w.digits(`${base}.denominator`), ')');
  };
  const claim = (m: MainBreakdown) => reachedClaim(m.indicator.id, m.breakdown.breakdown, m.breakdown.attainment);
  const range = lo === hi || share(lo) === share(hi)
    ? claiming(w.s`Het aandeel instellingen dat zijn streefwaarde al heeft bereikt, is ${of(hi)}.`, claim(hi))
    : claiming(w.s`Het aandeel instellingen dat zijn streefwaarde al heeft bereikt, verschilt sterk per indicator: van ${of(lo)} tot ${of(hi)}.`, claim(lo), claim(hi));
  const a = w.results.method.attainment;
  return required(
    'sector-bereikt',
    range,
    w.s`Een instelling heeft haar streefwaarde bereikt als de laatst gemeten waarde voorbij de streefwaarde ligt, in de richting die als beter geldt, en bij enquêtecijfers verder dan de steekproefmarge.`,
    a.withinMargin > 0 || a.targetWithoutImprovement > 0
      ? w.s`Over alle indicatoren samen ligt bij ${w.digits('method.attainment.withinMargin')} van de ${w.digits('method.attainment.n')} metingen de waarde binnen de steekproefmarge van de streefwaarde, zodat niet te zeggen is of die is bereikt; ${w.digits('method.attainment.targetWithoutImprovement', ['streefwaarde', 'streefwaarden'])} ${a.targetWithoutImprovement === 1 ? 'is' : 'zijn'} niet gunstiger dan de eigen startwaarde en ${a.targetWithoutImprovement === 1 ? 'telt' : 'tellen'} niet mee in de aandelen.`
      : null,
    w.s`Omdat de streefwaarden voor 2027 gelden, betekent een laag aandeel nu nog niet dat een doel niet wordt gehaald.`,
  );
}

function nationalGoals(w: Writer) {
  const items = allBreakdowns(w.results).filter((m) => m.breakdown.sum?.nationalGoal && m.breakdown.sum.difference !== null && m.breakdown.sum.nTarget > 0);
  const sentences = items.map((m) => {
    const sum = m.breakdown.sum!;
    const base = `${m.path}.sum`;
    const side = sum.difference! > 0 ? 'boven' : sum.difference! < 0 ? 'onder' : 'precies op';
    // Targets of only some institutions: a verdict only where the missing ones cannot change it (findings/rules/sums.ts).
    const met = sumVerdict(sum, m.indicator.direction, w.results.institutionOrder.length);
    const verdict = met === null ? (sum.meetsGoal === null ? '' : '; of de plannen samen het doel halen, is pas te zeggen als ook de andere instellingen een streefwaarde hebben') : met ? ', en haalt daarmee het landelijke doel' : ', en haalt het landelijke doel dus niet';
    const gap = sum.difference === 0 ? piece() : piece(w.diff(`${base}.difference`, 'aantal'), ' ');
    return w.s`Voor ${labelOf(m)} komen de streefwaarden van ${w.count(`${base}.nTarget`, INSTELLING)} opgeteld uit op ${w.num(`${base}.target`)}, tegen een landelijk doel van ${w.num(`${base}.nationalGoal.value`)} in ${w.year(`${base}.nationalGoal.year`)}; de optelsom ligt ${gap}${side} het doel${verdict}.`;
  });
  return paragraph('sector-landelijke-doelen', ...sentences);
}
