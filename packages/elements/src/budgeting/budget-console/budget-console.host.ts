import type { TemplateResult } from 'lit';
import type { BudgetConsoleApi, BudgetConsoleQueueStore, Locale, Round } from '@kohtaamo/core';
import type { ConsoleTranslator } from './budget-console.view-messages.js';

/**
 * What a lazily loaded view of the budget console reads of the element around it (the survey
 * console's shape, ADR 0035): it renders into the console's shadow root, so the console's styles
 * and ids apply.
 */
export interface ConsoleHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
  readonly t: ConsoleTranslator;
  readonly locale: Locale;
  /** The text of a message code (a problem's, a field error's) with its parameters. */
  code(code: string, params?: Readonly<Record<string, string | number>>): string;
  readonly api: BudgetConsoleApi;
  readonly queue: BudgetConsoleQueueStore;
  /** The open round, as last read. */
  readonly round: Round | null;
  announce(text: string): void;
  failureText(error: unknown): string;
  /** Reads the rounds again, and the open round. */
  reload(): Promise<void>;
  openRound(roundId: string): Promise<void>;
  /** Moves the focus to an element of the shadow root after the next render. */
  focus(selector: string): Promise<void>;
}

export type ConsolePanel = { kind: 'none' } | { kind: 'create' } | { kind: 'round' };

export interface ConsoleView {
  render(): TemplateResult;
  /** The create form is shown. */
  shown?(): Promise<void>;
  /** A round was opened or read again. */
  opened?(round: Round): Promise<void>;
}

/** One tab of the open round: a module of its own, loaded when first chosen. */
export interface TabView {
  render(round: Round): TemplateResult;
  shown(round: Round): Promise<void>;
}
