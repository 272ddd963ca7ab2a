import { CitystatFairParticipation } from './fair-participation.js';

if (!customElements.get('citystat-fair-participation')) {
  customElements.define('citystat-fair-participation', CitystatFairParticipation);
}

declare global {
  interface HTMLElementTagNameMap {
    'citystat-fair-participation': CitystatFairParticipation;
  }
}

export { CitystatFairParticipation };
