import * as v from 'valibot';

/**
 * A text in Finnish, Swedish and English (`LocalizedText`, read with `pickText`): the names and
 * descriptions of categories, budgeting rounds and projects, and, to come, volunteering
 * opportunities and bookable spaces. Every domain uses this one schema.
 */
export const LocalizedTextSchema = v.object({
  fi: v.string(),
  sv: v.string(),
  en: v.string(),
});
