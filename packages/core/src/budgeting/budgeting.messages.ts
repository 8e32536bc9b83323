import type { Locale } from '../i18n/locale.js';
import { translate, type Catalogs } from '../i18n/translate.js';
import type { BallotRemaining, BallotViolation } from './ballot.logic.js';

/**
 * Finnish, Swedish and English texts of participatory budgeting. Keys ending in `.one` and
 * `.other` are plural forms, chosen with Intl.PluralRules by `budgetingText`.
 */
export const budgetingMessages: Catalogs = {
  fi: {
    'budgeting.ballot.unknownProject': 'Hanketta {project} ei ole tässä äänestyksessä.',
    'budgeting.ballot.duplicate': 'Hanke {project} on valittu kahdesti.',
    'budgeting.ballot.pointsRequired': 'Anna hankkeelle {project} pisteitä tai poista se valinnoista.',
    'budgeting.ballot.pointsNotAllowed': 'Tässä äänestyksessä hankkeille ei anneta pisteitä.',
    'budgeting.ballot.pointsPerProject.one': 'Yhdelle hankkeelle voi antaa enintään {max} pisteen.',
    'budgeting.ballot.pointsPerProject.other': 'Yhdelle hankkeelle voi antaa enintään {max} pistettä.',
    'budgeting.ballot.tooFew.one': 'Valitse vähintään {min} hanke tai jätä tyhjä ääni.',
    'budgeting.ballot.tooFew.other': 'Valitse vähintään {min} hanketta tai jätä tyhjä ääni.',
    'budgeting.ballot.tooMany.one': 'Voit valita enintään {max} hankkeen. Valittuna on nyt {chosen}.',
    'budgeting.ballot.tooMany.other': 'Voit valita enintään {max} hanketta. Valittuna on nyt {chosen}.',
    'budgeting.ballot.overBudget': 'Valintasi maksavat yhteensä {total} ja budjetti on {budget}: poista hankkeita {over} edestä.',
    'budgeting.ballot.underMinimumShare': 'Käytä vähintään {percent} % budjetista ({minimum}). Valintasi maksavat nyt {total}.',
    'budgeting.ballot.tooManyPoints.one': 'Olet antanut {used} pistettä, {over} piste liikaa: käytettävissä on {total}.',
    'budgeting.ballot.tooManyPoints.other': 'Olet antanut {used} pistettä, {over} pistettä liikaa: käytettävissä on {total}.',
    'budgeting.ballot.remaining.money': 'Rahaa jäljellä: {money}',
    'budgeting.ballot.remaining.projects.one': 'Voit valita vielä {projects} hankkeen.',
    'budgeting.ballot.remaining.projects.other': 'Voit valita vielä {projects} hanketta.',
    'budgeting.ballot.remaining.points.one': 'Pisteitä jäljellä: {points}',
    'budgeting.ballot.remaining.points.other': 'Pisteitä jäljellä: {points}',
    'budgeting.rules.maxBelowMin': 'Enimmäismäärä ei voi olla pienempi kuin vähimmäismäärä.',
    'budgeting.rules.maxPointsAboveTotal': 'Yhden hankkeen pisteet eivät voi ylittää pisteiden kokonaismäärää.',
    'budgeting.rules.projects.required': 'Lisää äänestykseen vähintään yksi hanke.',
    'budgeting.rules.projects.duplicate': 'Sama hanke on äänestyksessä kahdesti.',
    'budgeting.rules.tieBreaking.repeated': 'Sama tasapelisääntö on järjestyksessä kahdesti.',
    'budgeting.rules.tieBreaking.lot': 'Arvonnan järjestyksessä pitää olla jokainen hanke täsmälleen kerran.',
    'budgeting.rules.completion.mesOnly': 'Täydennystapa kuuluu vain tasaosuuksien menetelmään.',
    'budgeting.receipt.invalid': 'Kuittikoodi ei kelpaa. Tarkista se kuitista.',
    'budgeting.receipt.counted': 'Äänesi on laskettu mukaan tulokseen.',
    'budgeting.receipt.notFound': 'Tätä kuittikoodia ei löydy lasketuista äänistä.',
  },
  sv: {
    'budgeting.ballot.unknownProject': 'Projektet {project} finns inte i den här omröstningen.',
    'budgeting.ballot.duplicate': 'Projektet {project} har valts två gånger.',
    'budgeting.ballot.pointsRequired': 'Ge projektet {project} poäng eller ta bort det från dina val.',
    'budgeting.ballot.pointsNotAllowed': 'I den här omröstningen ges inga poäng till projekten.',
    'budgeting.ballot.pointsPerProject.one': 'Ett projekt kan få högst {max} poäng.',
    'budgeting.ballot.pointsPerProject.other': 'Ett projekt kan få högst {max} poäng.',
    'budgeting.ballot.tooFew.one': 'Välj minst {min} projekt eller rösta blankt.',
    'budgeting.ballot.tooFew.other': 'Välj minst {min} projekt eller rösta blankt.',
    'budgeting.ballot.tooMany.one': 'Du kan välja högst {max} projekt. Nu har du valt {chosen}.',
    'budgeting.ballot.tooMany.other': 'Du kan välja högst {max} projekt. Nu har du valt {chosen}.',
    'budgeting.ballot.overBudget': 'Dina val kostar sammanlagt {total} och budgeten är {budget}: ta bort projekt för {over}.',
    'budgeting.ballot.underMinimumShare': 'Använd minst {percent} % av budgeten ({minimum}). Dina val kostar nu {total}.',
    'budgeting.ballot.tooManyPoints.one': 'Du har gett {used} poäng, {over} poäng för mycket: du har {total}.',
    'budgeting.ballot.tooManyPoints.other': 'Du har gett {used} poäng, {over} poäng för mycket: du har {total}.',
    'budgeting.ballot.remaining.money': 'Pengar kvar: {money}',
    'budgeting.ballot.remaining.projects.one': 'Du kan välja {projects} projekt till.',
    'budgeting.ballot.remaining.projects.other': 'Du kan välja {projects} projekt till.',
    'budgeting.ballot.remaining.points.one': 'Poäng kvar: {points}',
    'budgeting.ballot.remaining.points.other': 'Poäng kvar: {points}',
    'budgeting.rules.maxBelowMin': 'Det högsta antalet kan inte vara mindre än det lägsta.',
    'budgeting.rules.maxPointsAboveTotal': 'Poängen för ett projekt kan inte överstiga det totala antalet poäng.',
    'budgeting.rules.projects.required': 'Lägg till minst ett projekt i omröstningen.',
    'budgeting.rules.projects.duplicate': 'Samma projekt finns två gånger i omröstningen.',
    'budgeting.rules.tieBreaking.repeated': 'Samma regel för oavgjort finns två gånger i ordningen.',
    'budgeting.rules.tieBreaking.lot': 'Lottningens ordning måste innehålla varje projekt exakt en gång.',
    'budgeting.rules.completion.mesOnly': 'Kompletteringssättet hör bara till metoden med lika andelar.',
    'budgeting.receipt.invalid': 'Kvittokoden är ogiltig. Kontrollera den på kvittot.',
    'budgeting.receipt.counted': 'Din röst har räknats med i resultatet.',
    'budgeting.receipt.notFound': 'Den här kvittokoden finns inte bland de räknade rösterna.',
  },
  en: {
    'budgeting.ballot.unknownProject': 'Project {project} is not on this ballot.',
    'budgeting.ballot.duplicate': 'Project {project} is chosen twice.',
    'budgeting.ballot.pointsRequired': 'Give project {project} points or remove it from your choices.',
    'budgeting.ballot.pointsNotAllowed': 'Projects are not given points in this vote.',
    'budgeting.ballot.pointsPerProject.one': 'A project can get at most {max} point.',
    'budgeting.ballot.pointsPerProject.other': 'A project can get at most {max} points.',
    'budgeting.ballot.tooFew.one': 'Choose at least {min} project, or cast a blank vote.',
    'budgeting.ballot.tooFew.other': 'Choose at least {min} projects, or cast a blank vote.',
    'budgeting.ballot.tooMany.one': 'You can choose at most {max} project. You have chosen {chosen}.',
    'budgeting.ballot.tooMany.other': 'You can choose at most {max} projects. You have chosen {chosen}.',
    'budgeting.ballot.overBudget': 'Your choices cost {total} in all and the budget is {budget}: remove projects worth {over}.',
    'budgeting.ballot.underMinimumShare': 'Use at least {percent}% of the budget ({minimum}). Your choices now cost {total}.',
    'budgeting.ballot.tooManyPoints.one': 'You have given {used} points, {over} point too many: you have {total}.',
    'budgeting.ballot.tooManyPoints.other': 'You have given {used} points, {over} points too many: you have {total}.',
    'budgeting.ballot.remaining.money': 'Money left: {money}',
    'budgeting.ballot.remaining.projects.one': 'You can choose {projects} more project.',
    'budgeting.ballot.remaining.projects.other': 'You can choose {projects} more projects.',
    'budgeting.ballot.remaining.points.one': '{points} point left',
    'budgeting.ballot.remaining.points.other': '{points} points left',
    'budgeting.rules.maxBelowMin': 'The maximum cannot be below the minimum.',
    'budgeting.rules.maxPointsAboveTotal': 'The points for one project cannot exceed the total points.',
    'budgeting.rules.projects.required': 'Add at least one project to the vote.',
    'budgeting.rules.projects.duplicate': 'The same project is on the ballot twice.',
    'budgeting.rules.tieBreaking.repeated': 'The same tie-breaking criterion appears twice.',
    'budgeting.rules.tieBreaking.lot': 'The order of the lot must list every project exactly once.',
    'budgeting.rules.completion.mesOnly': 'A completion method belongs to the Method of Equal Shares only.',
    'budgeting.receipt.invalid': 'This receipt code is not valid. Check it on your receipt.',
    'budgeting.receipt.counted': 'Your ballot was counted in the result.',
    'budgeting.receipt.notFound': 'This receipt code is not among the counted ballots.',
  },
};

/** The parameter that decides the plural form of each plural key. */
const PLURAL_BY: Readonly<Record<string, string>> = {
  'budgeting.ballot.pointsPerProject': 'max',
  'budgeting.ballot.tooFew': 'min',
  'budgeting.ballot.tooMany': 'max',
  'budgeting.ballot.tooManyPoints': 'over',
  'budgeting.ballot.remaining.projects': 'projects',
  'budgeting.ballot.remaining.points': 'points',
};

/** Parameters that are money, shown as euros in the locale's format. */
const MONEY = new Set(['budget', 'total', 'over', 'minimum', 'money']);
const LOCALE_TAG: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-FI' };

/**
 * The text of a budgeting message: the plural form for the count it depends on, money as euros
 * (`money` params), numbers in the locale's format.
 */
export function budgetingText(locale: Locale, key: string, params: Readonly<Record<string, number | string>> = {}, money = MONEY): string {
  const tag = LOCALE_TAG[locale];
  let full = key;
  const by = PLURAL_BY[key];
  if (by !== undefined && typeof params[by] === 'number') {
    full = `${key}.${new Intl.PluralRules(tag).select(params[by]) === 'one' ? 'one' : 'other'}`;
  }
  const euros = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  const numbers = new Intl.NumberFormat(tag);
  const shown: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    shown[name] = typeof value === 'number' ? (money.has(name) ? euros.format(value) : numbers.format(value)) : value;
  }
  return translate(budgetingMessages, locale, full, shown);
}

/** A rule violation of the ballot as a sentence. */
export function violationText(locale: Locale, violation: BallotViolation): string {
  return budgetingText(locale, violation.key, violation.params);
}

/** What is left on the ballot, as sentences (money, projects, points as the type has them). */
export function remainingTexts(locale: Locale, left: BallotRemaining): string[] {
  const texts: string[] = [];
  if (left.money !== undefined) texts.push(budgetingText(locale, 'budgeting.ballot.remaining.money', { money: left.money }));
  if (left.projects !== undefined) texts.push(budgetingText(locale, 'budgeting.ballot.remaining.projects', { projects: Math.max(0, left.projects) }));
  if (left.points !== undefined) texts.push(budgetingText(locale, 'budgeting.ballot.remaining.points', { points: Math.max(0, left.points) }));
  return texts;
}
