import { css } from 'lit';
import { base, formControls, tokens } from '../../styles/theme.styles.js';

const own = css`
  :host {
    display: block;
  }
  .map {
    height: var(--kohtaamo-feedback-map-height, 18rem);
    border: 1px solid currentColor;
    background: var(--_kohtaamo-color-surface-muted, #f2f2f2);
  }
  .map:focus-visible {
    outline: 3px solid var(--_kohtaamo-color-focus);
    outline-offset: 2px;
  }
  .pin {
    width: 24px;
    height: 24px;
    margin: -24px 0 0 -12px;
    border-radius: 50% 50% 50% 0;
    transform: rotate(-45deg);
    background: var(--kohtaamo-feedback-map-pin-color, #b01038);
    border: 2px solid #fff;
    box-shadow: 0 0 0 1px #000;
  }
  .crosshair {
    position: absolute;
    inset: 50% auto auto 50%;
    width: 16px;
    height: 16px;
    margin: -8px 0 0 -8px;
    border: 2px solid #000;
    border-radius: 50%;
    pointer-events: none;
    z-index: 500;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kohtaamo-space-s);
    margin-top: var(--_kohtaamo-space-s);
  }
  .where {
    margin: var(--_kohtaamo-space-xs) 0 0;
  }
  .tiles-failed {
    margin: var(--_kohtaamo-space-xs) 0 0;
  }
  @media (forced-colors: active) {
    .pin {
      background: Highlight;
      forced-color-adjust: none;
    }
  }
`;

export const styles = [tokens, base, formControls, own];
