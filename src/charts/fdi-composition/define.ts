import { CitystatFdiComposition } from './fdi-composition.js';

if (!customElements.get('citystat-fdi-composition')) {
  customElements.define('citystat-fdi-composition', CitystatFdiComposition);
}

declare global {
  interface HTMLElementTagNameMap {
    'citystat-fdi-composition': CitystatFdiComposition;
  }
}

export { CitystatFdiComposition };
