import { ConfigError } from '../config.js';
import { readWhole } from '../platform/platform.config.js';

/** The city's default target for a first response, in working days. */
export const DEFAULT_RESPONSE_TARGET_WORKING_DAYS = 5;

export interface FeedbackConfig {
  /** KOHTAAMO_RESPONSE_TARGET_WORKING_DAYS (5). */
  readonly responseTargetWorkingDays: number;
}

/** The feedback module's own settings; throws a ConfigError naming each bad value. */
export function loadFeedbackConfig(env: Readonly<Record<string, string | undefined>>): FeedbackConfig {
  const problems: string[] = [];
  const target = readWhole(env, 'KOHTAAMO_RESPONSE_TARGET_WORKING_DAYS', 1, 365, problems);
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  return { responseTargetWorkingDays: target ?? DEFAULT_RESPONSE_TARGET_WORKING_DAYS };
}
