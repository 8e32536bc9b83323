import type { TemplateResult } from 'lit';
import type { Locale, SurveyConsoleApi, SurveyConsoleQueueStore, SurveyRoundDetail, SurveySummary } from '@kohtaamo/core';
import type { ConsoleTranslator } from './survey-console.view-messages.js';

/**
 * What a lazily loaded view of the survey console reads of the element around it (the shape of
 * the feedback inbox's detail view): it renders into the console's shadow root, so the console's
 * styles and ids apply; its event handlers are arrow functions.
 */
export interface ConsoleHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
  readonly t: ConsoleTranslator;
  readonly locale: Locale;
  /** The text of a message code (a problem's, a field error's) with its parameters. */
  code(code: string, params?: Readonly<Record<string, string | number>>): string;
  readonly api: SurveyConsoleApi;
  /** The page that answers a round (invitation links), or "". */
  readonly answerPage: string;
  readonly queue: SurveyConsoleQueueStore;
  readonly surveys: readonly SurveySummary[];
  /** The open round, as last read. */
  readonly detail: SurveyRoundDetail | null;
  announce(text: string): void;
  failureText(error: unknown): string;
  /** Reads the surveys again (after a change), and the open round. */
  reload(): Promise<void>;
  openRound(surveyId: string, roundId: string): Promise<void>;
  /** Moves the focus to an element of the shadow root after the next render. */
  focus(selector: string): Promise<void>;
}

/** What the side panel shows: nothing, a form of the authoring view, or the open round. */
export type ConsolePanel = { kind: 'none' } | { kind: 'create' } | { kind: 'version'; survey: string } | { kind: 'round-new'; survey: string } | { kind: 'round' };
export type ConsoleForm = Exclude<ConsolePanel, { kind: 'none' } | { kind: 'round' }>;

export interface ConsoleView {
  render(): TemplateResult;
  /** An authoring form is shown (the create view). */
  shown?(panel: ConsoleForm): Promise<void>;
  /** A round was opened or read again (the round view). */
  opened?(detail: SurveyRoundDetail): Promise<void>;
}
