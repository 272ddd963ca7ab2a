import { CitystatKpi } from './kpi.js';

if (!customElements.get('citystat-kpi')) {
  customElements.define('citystat-kpi', CitystatKpi);
}

declare global {
  interface HTMLElementTagNameMap {
    'citystat-kpi': CitystatKpi;
  }
}

export { CitystatKpi };
