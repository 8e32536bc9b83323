import { css } from 'lit';
import { base, formControls, tokens } from '../../styles/theme.styles.js';

// The ranking control's, the review's and the resume form's styles come with their parts (ADR 0075).

const own = css`
  :host {
    --_kohtaamo-max-width: var(--kohtaamo-survey-max-width, 46rem);
    --_kohtaamo-survey-progress: var(--kohtaamo-survey-progress-color, var(--_kohtaamo-color-primary));
    max-width: var(--_kohtaamo-max-width);
  }
  .root,
  form,
  .section {
    display: grid;
    gap: var(--_kohtaamo-space-l);
  }
  .progress {
    display: grid;
    gap: var(--_kohtaamo-space-xs);
  }
  progress {
    width: 100%;
    height: 0.5rem;
    appearance: none;
    border: 0;
    background: var(--_kohtaamo-color-surface-muted);
    accent-color: var(--_kohtaamo-survey-progress);
  }
  progress::-webkit-progress-bar {
    background: var(--_kohtaamo-color-surface-muted);
  }
  progress::-webkit-progress-value {
    background: var(--_kohtaamo-survey-progress);
  }
  .question {
    display: grid;
    gap: var(--_kohtaamo-space-s);
  }
  .choices {
    display: grid;
    gap: var(--_kohtaamo-space-s);
  }
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kohtaamo-space-s) var(--_kohtaamo-space-m);
  }
  .check input[type='radio'] {
    width: 1.5rem;
    height: 1.5rem;
    min-height: 0;
    padding: 0;
  }
  .ends {
    display: flex;
    justify-content: space-between;
    gap: var(--_kohtaamo-space-m);
    color: var(--_kohtaamo-color-text-secondary);
    font-size: 0.875em;
  }
  .row {
    padding-top: var(--_kohtaamo-space-s);
    border-top: 1px solid var(--_kohtaamo-color-surface-muted);
  }
  .number {
    max-width: 12rem;
  }
  .count {
    color: var(--_kohtaamo-color-text-secondary);
    font-size: 0.875em;
  }
  .resume {
    margin-top: var(--_kohtaamo-space-l);
    display: grid;
    gap: var(--_kohtaamo-space-m);
  }
`;

export const styles = [tokens, base, formControls, own];
