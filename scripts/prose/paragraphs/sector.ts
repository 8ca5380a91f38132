// The sector picture over all indicators (seed 000 chapter 2): broad ambition, catch-up (convergence), how far
// institutions are in reaching their targets, and summed targets against national goals.
import { INSTELLING, list, paragraph, piece, required, type Piece, type Writer } from '../builder.ts';
import type { SectorProse } from '../types.ts';
import { convergenceKind, evaluation, indicatorLabel } from '../wording.ts';
import { allBreakdowns, extreme, mainBreakdowns, type MainBreakdown } from './common.ts';

export function writeSector(w: Writer): SectorProse {
  return { ambition: ambition(w), convergence: convergence(w), reached: reached(w), nationalGoals: nationalGoals(w) };
}

const labelOf = (m: MainBreakdown) => indicatorLabel(m.indicator.shortName, m.breakdown.breakdown);

function ambition(w: Writer) {
  const items = mainBreakdowns(w.results).filter((m) => m.breakdown.paired && m.breakdown.improvement && m.indicator.direction !== 'neutraal');
  if (items.length === 0) {
    return required('sector-ambitie', w.s`In deze gegevens zijn nog geen indicatoren met zowel start- als streefwaarden; een sectorbeeld van de ambities volgt zodra die er zijn.`);
  }
  const better = (m: MainBreakdown) =>
    evaluation(m.breakdown.ambition!.mean, m.indicator.direction, m.indicator.unit, m.breakdown.paired!.startMean) === 'verbetering';
  const others = items.filter((m) => !better(m));
  const first =
    others.length === 0
      ? w.s`Op alle indicatoren waarvoor start- en streefwaarden bekend zijn, streven de instellingen gemiddeld naar verbetering: de gemiddelde streefwaarde ligt steeds gunstiger dan de gemiddelde startwaarde.`
      : w.s`Op ${others.length * 2 < items.length ? 'de meeste' : 'een deel van de'} indicatoren streven de instellingen gemiddeld naar verbetering; bij ${list(others.map(labelOf))} ligt de gemiddelde streefwaarde niet gunstiger dan de startwaarde.`;
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
  const m = w.results.method.convergence;
  const labelled = [
    m.significant > 0 ? piece('bij ', w.digits('method.convergence.significant'), ' significant') : null,
    m.zwak > 0 ? piece('bij ', w.digits('method.convergence.zwak'), ' zwak significant') : null,
  ].filter((p): p is Piece => p !== null);
  const counts = labelled.length === 0
    ? w.s`Over alle combinaties van indicator en uitsplitsing is er geen significante samenhang tussen startwaarde en verbeterambitie.`
    : m.niet === 0
      ? w.s`Over alle combinaties van indicator en uitsplitsing is de samenhang tussen startwaarde en verbeterambitie ${list(labelled)}.`
      : w.s`Over alle combinaties van indicator en uitsplitsing is de samenhang tussen startwaarde en verbeterambitie ${list(labelled)}; bij ${w.digits('method.convergence.niet')} is er geen significante samenhang.`;
  const all = allBreakdowns(w.results).filter((b) => b.breakdown.convergence.label === 'significant');
  const kind = (b: MainBreakdown) => convergenceKind(b.breakdown.convergence, b.indicator.direction);
  const names = (items: MainBreakdown[]) => (items.length > 8 ? piece('onder meer bij ', list(items.slice(0, 8).map(labelOf))) : piece('bij ', list(items.map(labelOf))));
  const up = all.filter((b) => kind(b) === 'inhaalslag');
  const apart = all.filter((b) => kind(b) === 'uiteen');
  const catchUp = up.length === 0
    ? m.significant > 0 ? null : w.s`Een duidelijke inhaalslag, waarbij instellingen met een ongunstiger startwaarde naar grotere stappen streven, zien we in deze gegevens dus niet.`
    : w.s`Een significante inhaalslag, waarbij instellingen met een ongunstiger startwaarde naar grotere stappen streven, zien we ${names(up)}.`;
  const meaning = up.length === 0 ? null : w.s`Als de plannen worden gerealiseerd, gaat daar niet alleen het gemiddelde vooruit, maar komen de instellingen ook dichter bij elkaar te liggen (convergentie).`;
  const reverse = apart.length === 0 ? null : w.s`${names(apart)} is het omgekeerd: daar streven instellingen die al gunstiger starten naar grotere stappen.`;
  const caution = m.niet > 0 || apart.length > 0
    ? w.s`Bij de overige indicatoren is zo'n inhaalslag niet aantoonbaar: dat instellingen met een ongunstiger startwaarde de grootste stappen willen zetten, is niet vanzelfsprekend.`
    : null;
  return required('sector-inhaalslag', counts, catchUp, meaning, reverse, caution);
}

function reached(w: Writer) {
  const items = mainBreakdowns(w.results).filter((m) => m.breakdown.reached && m.breakdown.reached.denominator > 0);
  if (items.length === 0) {
    return required('sector-bereikt', w.s`Er zijn nog geen indicatoren waarvoor zowel een streefwaarde als een gerealiseerde waarde bekend is; of instellingen hun streefwaarden halen, volgt in een volgende meting.`);
  }
  const lo = extreme(items, (m) => m.breakdown.reached!.share!, 'min')!;
  const hi = extreme(items, (m) => m.breakdown.reached!.share!, 'max')!;
  const of = (m: MainBreakdown) => piece(w.pct(`${m.path}.reached.share`), ' bij ', labelOf(m), ' (', w.digits(`${m.path}.reached.count`), ' van de ', w.digits(`${m.path}.reached.denominator`), ')');
  const range = lo === hi || lo.breakdown.reached!.share === hi.breakdown.reached!.share
    ? w.s`Het aandeel instellingen dat zijn streefwaarde al heeft bereikt, is ${of(hi)}.`
    : w.s`Het aandeel instellingen dat zijn streefwaarde al heeft bereikt, verschilt sterk per indicator: van ${of(lo)} tot ${of(hi)}.`;
  return required(
    'sector-bereikt',
    range,
    w.s`Een instelling heeft haar streefwaarde bereikt als de laatst gemeten waarde op of voorbij de streefwaarde ligt, in de richting die als beter geldt.`,
    w.s`Omdat de streefwaarden voor 2027 gelden, betekent een laag aandeel nu nog niet dat een doel niet wordt gehaald.`,
  );
}

function nationalGoals(w: Writer) {
  const items = allBreakdowns(w.results).filter((m) => m.breakdown.sum?.nationalGoal && m.breakdown.sum.difference !== null && m.breakdown.sum.nTarget > 0);
  const sentences = items.map((m) => {
    const sum = m.breakdown.sum!;
    const base = `${m.path}.sum`;
    const side = sum.difference! > 0 ? 'boven' : sum.difference! < 0 ? 'onder' : 'precies op';
    const verdict = sum.meetsGoal === null ? '' : sum.meetsGoal ? ', en haalt daarmee het landelijke doel' : ', en haalt het landelijke doel dus niet';
    const gap = sum.difference === 0 ? piece() : piece(w.diff(`${base}.difference`, 'aantal'), ' ');
    return w.s`Voor ${labelOf(m)} komen de streefwaarden van ${w.count(`${base}.nTarget`, INSTELLING)} opgeteld uit op ${w.num(`${base}.target`)}, tegen een landelijk doel van ${w.num(`${base}.nationalGoal.value`)} in ${w.year(`${base}.nationalGoal.year`)}; de optelsom ligt ${gap}${side} het doel${verdict}.`;
  });
  return paragraph('sector-landelijke-doelen', ...sentences);
}
