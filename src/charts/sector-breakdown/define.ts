import { CitystatSectorBreakdown } from './sector-breakdown.js';

if (!customElements.get('citystat-sector-breakdown')) {
  customElements.define('citystat-sector-breakdown', CitystatSectorBreakdown);
}

declare global {
  interface HTMLElementTagNameMap {
    'citystat-sector-breakdown': CitystatSectorBreakdown;
  }
}

export { CitystatSectorBreakdown };
