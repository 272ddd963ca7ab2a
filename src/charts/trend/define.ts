import { CitystatTrend } from './trend.js';

if (!customElements.get('citystat-trend')) {
  customElements.define('citystat-trend', CitystatTrend);
}

declare global {
  interface HTMLElementTagNameMap {
    'citystat-trend': CitystatTrend;
  }
}

export { CitystatTrend };
