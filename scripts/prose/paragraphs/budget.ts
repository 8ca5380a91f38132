// The sector's quality funds (seed 000 Figuur 2.2 and §3.2): the total and what is spent so far, the goals with
// the largest and smallest share, and whether ambition and budget go together (seed 000 found they did not).
import { goalBudgetPath, indexPath, list, paragraph, piece, type Writer } from '../builder.ts';
import type { BudgetProse } from '../types.ts';
import { indicatorLabel, significanceWord } from '../wording.ts';

export function writeBudget(w: Writer): BudgetProse {
  return { distribution: distribution(w), extremes: extremes(w), ambition: ambition(w) };
}

function distribution(w: Writer) {
  const b = w.results.budget;
  if (b.total <= 0) return null;
  return paragraph(
    'middelen-verdeling',
    w.s`De instellingen hebben samen ${w.euro('budget.total')} aan kwaliteitsmiddelen begroot voor de periode 2024–2027.`,
    b.spentShare === null ? null : w.s`Tot en met ${w.year('budget.reportYear')} is daarvan ${w.euro('budget.spent')} besteed, ${w.pct('budget.spentShare')} van het begrote bedrag.`,
    // A refresh without spending rows for the report year: say so, rather than let the year read as € 0.
    b.closedYear <= b.reportYear ? null : w.s`Over ${w.year('budget.closedYear')} zijn nog geen bestedingen gemeld; de bedragen lopen tot en met ${w.year('budget.reportYear')}.`,
  );
}

function extremes(w: Writer) {
  const goals = w.results.budget.goalOrder.filter((id) => (w.results.budget.goals[id]!.share ?? 0) > 0);
  if (goals.length < 4) return null;
  const sorted = [...goals].sort((a, c) => w.results.budget.goals[c]!.share! - w.results.budget.goals[a]!.share! || goals.indexOf(a) - goals.indexOf(c));
  const name = (id: string) => {
    const g = w.results.goals[id];
    return g ? `${id} ${g.shortName}` : id;
  };
  const item = (id: string, first = false) => piece(name(id), ' (', w.pct(`${goalBudgetPath(id)}.share`), first ? ' van het totaal)' : ')');
  const large = sorted.slice(0, 2);
  const small = sorted.slice(-2).reverse();
  return paragraph(
    'middelen-uitersten',
    w.s`Het grootste deel van de middelen is begroot voor doelstelling ${list(large.map((id, i) => item(id, i === 0)))}.`,
    w.s`Het kleinste deel gaat naar ${list(small.map((id) => item(id)))}.`,
    w.s`Een groot aandeel kan ook samenhangen met geoormerkte middelen of verplichte maatregelen bij een doelstelling.`,
  );
}

function ambition(w: Writer) {
  const all = w.results.ambitionBudget.filter((c) => c.r !== null);
  if (all.length === 0) return null;
  const found = all.filter((c) => c.label !== 'niet');
  const intro = w.s`Hebben instellingen met een grotere verbeterambitie op een indicator ook een groter deel van hun begroting voor de bijbehorende doelstelling uitgetrokken?`;
  if (found.length === 0) {
    return paragraph(
      'middelen-ambitie',
      intro,
      w.s`In deze gegevens is er na correctie voor het aantal toetsen bij geen van de indicatoren een significante samenhang tussen de verbeterambitie van instellingen en het aandeel van de doelstelling in hun begroting.`,
      w.s`Dat komt overeen met de synthese van 2024, die evenmin zo'n samenhang vond.`,
    );
  }
  const relations = found.map((c) => {
    const ind = w.results.indicators[c.indicatorId]!;
    const path = indexPath('ambitionBudget', w.results.ambitionBudget, c);
    return piece(indicatorLabel(ind.shortName, c.breakdown), ' (', significanceWord(c.label), ' en ', c.r! > 0 ? 'positief' : 'negatief', ': ', w.statsQ(path, true), ')');
  });
  return paragraph(
    'middelen-ambitie',
    intro,
    w.s`Bij ${found.length * 2 < all.length ? 'de meeste' : 'een deel van de'} indicatoren is er geen significante samenhang tussen de verbeterambitie van instellingen en het aandeel van de doelstelling in hun begroting, zoals ook de synthese van 2024 vond.`,
    w.s`Uitzonderingen zijn ${list(relations)}.`,
    w.s`Significant betekent hier: ook na correctie voor het aantal toetsen; het is geen bewijs dat meer geld tot een hogere ambitie leidt of andersom.`,
  );
}
