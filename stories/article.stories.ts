import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
// Every widget that has a define module (src/define.ts may not list them all yet).
import '../src/charts/sector-breakdown/define.js';
import '../src/charts/kpi/define.js';
import '../src/charts/fdi-composition/define.js';
import '../src/charts/fair-participation/define.js';
import cumulative from '../data-schemas/examples/sector-breakdown-cumulative.json';
import sectors2022 from '../data-schemas/examples/sector-breakdown.json';
import kpi from '../data-schemas/examples/kpi.json';
import fdi from '../data-schemas/examples/fdi-composition.json';
import fairs from '../data-schemas/examples/fair-participation.json';
import { desktop, phone, themeOf } from './support.js';

/**
 * The Hanoi 2023 industry article as a news site would publish it: text from
 * the newsroom, the widgets placed between paragraphs with the real figures
 * (data-schemas/examples). The language and theme follow the toolbar.
 */
type Lang = 'vi' | 'en';
const t = (lang: Lang, vi: string, en: string) => (lang === 'en' ? en : vi);

interface Args {
  fdiVariant: 'bar' | 'donut';
}

const styles = html`<style>
  .cs-article {
    max-width: 44rem;
    margin: 0 auto;
    font-family: Georgia, 'Noto Serif', 'DejaVu Serif', serif;
    font-size: 18px;
    line-height: 1.6;
    color: #1b1f24;
  }
  .cs-article .kicker {
    font-family: system-ui, sans-serif;
    font-size: 14px;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: #8a2a12;
    margin: 0;
  }
  .cs-article h1 {
    font-size: 2em;
    line-height: 1.2;
    margin: 0.2em 0 0.4em;
  }
  .cs-article h2 {
    font-size: 1.3em;
    margin: 1.6em 0 0.4em;
  }
  .cs-article .byline,
  .cs-article footer {
    font-family: system-ui, sans-serif;
    font-size: 14px;
    color: #50575f;
  }
  .cs-article .lede {
    font-size: 1.15em;
  }
  @media (max-width: 480px) {
    .cs-article {
      font-size: 17px;
    }
    .cs-article h1 {
      font-size: 1.6em;
    }
  }
  .cs-article figure {
    margin: 1.5em 0;
    padding: 0;
  }
  .cs-article footer {
    border-top: 1px solid #d5d9de;
    margin-top: 2em;
    padding-top: 0.6em;
  }
  .cs-article.dark {
    color: #eceff3;
  }
  .cs-article.dark .kicker {
    color: #ffb59e;
  }
  .cs-article.dark .byline,
  .cs-article.dark footer {
    color: #b4bbc4;
    border-color: #3b424b;
  }
  @media (prefers-color-scheme: dark) {
    .cs-article.auto {
      color: #eceff3;
    }
    .cs-article.auto .kicker {
      color: #ffb59e;
    }
    .cs-article.auto .byline,
    .cs-article.auto footer {
      color: #b4bbc4;
      border-color: #3b424b;
    }
  }
  .forced-colors .cs-article,
  .forced-colors .cs-article .kicker,
  .forced-colors .cs-article .byline,
  .forced-colors .cs-article footer {
    color: CanvasText;
  }
</style>`;

const meta: Meta<Args> = {
  title: 'Pages/Hanoi article',
  args: { fdiVariant: 'bar' },
  argTypes: {
    fdiVariant: { control: 'inline-radio', options: ['bar', 'donut'], name: 'FDI variant' },
  },
  parameters: { layout: 'padded' },
  render: (args, context) => {
    const lang: Lang = context.globals.locale === 'en' ? 'en' : 'vi';
    const theme = themeOf({}, context);
    return html`${styles}
      <article class="cs-article ${theme}" lang=${lang}>
        <p class="kicker">${t(lang, 'Kinh tế · Hà Nội', 'Economy · Hanoi')}</p>
        <h1>
          ${t(lang, 'Hà Nội thúc đẩy phát triển sản phẩm công nghiệp chủ lực', 'Hanoi pushes the development of its key industrial products')}
        </h1>
        <p class="byline">
          ${t(lang, 'Số liệu: Sở Công Thương Hà Nội, năm 2023', 'Figures: Hanoi Department of Industry and Trade, 2023')}
        </p>
        <p class="lede">
          ${t(
            lang,
            'Sau 5 năm thực hiện đề án theo Quyết định 496/QĐ-UBND, Hà Nội có 196 sản phẩm của 132 doanh nghiệp được công nhận là sản phẩm công nghiệp chủ lực, thuộc 8 nhóm ngành.',
            'Five years into the programme set by Decision 496/QĐ-UBND, 196 products of 132 enterprises have been recognised as key industrial products of Hanoi, across 8 industry groups.',
          )}
        </p>
        <figure><citystat-sector-breakdown .data=${cumulative} theme=${theme}></citystat-sector-breakdown></figure>
        <p>
          ${t(
            lang,
            'Con số lũy kế chưa được công bố theo từng nhóm ngành. Đợt công nhận năm 2022, gồm 33 sản phẩm của 25 doanh nghiệp, có số liệu đủ 8 nhóm:',
            'The cumulative figure has not been published by group. The 2022 round, 33 products of 25 enterprises, was published for all 8 groups:',
          )}
        </p>
        <figure><citystat-sector-breakdown .data=${sectors2022} theme=${theme}></citystat-sector-breakdown></figure>

        <h2>${t(lang, 'Sản xuất và doanh nghiệp', 'Production and enterprises')}</h2>
        <p>
          ${t(
            lang,
            'Trong 9 tháng đầu năm 2023, chỉ số sản xuất công nghiệp của thành phố tăng 3,93% so với cùng kỳ; số doanh nghiệp đăng ký thành lập mới tăng 2%.',
            'In the first nine months of 2023 the city’s industrial production index rose 3.93% year on year, and new business registrations rose 2%.',
          )}
        </p>
        <figure><citystat-kpi .data=${kpi} theme=${theme}></citystat-kpi></figure>

        <h2>${t(lang, 'Vốn đầu tư nước ngoài', 'Foreign investment')}</h2>
        <p>
          ${t(
            lang,
            'Hà Nội thu hút 2.526 triệu USD vốn FDI; phần lớn đến từ góp vốn, mua cổ phần.',
            'Hanoi attracted 2,526 million USD of FDI, most of it through capital contributions and share purchases.',
          )}
        </p>
        <figure>
          <citystat-fdi-composition .data=${fdi} theme=${theme} variant=${args.fdiVariant}></citystat-fdi-composition>
        </figure>

        <h2>${t(lang, 'Xúc tiến thương mại', 'Trade promotion')}</h2>
        <p>
          ${t(
            lang,
            'Ba hội chợ do thành phố tổ chức năm 2023 đón các gian hàng đến từ 10 đến 15 quốc gia; doanh nghiệp Hà Nội còn được kết nối với đối tác Singapore và Lào.',
            'The three fairs the city held in 2023 drew booths from 10 to 15 countries each; Hanoi firms were also matched with partners in Singapore and Laos.',
          )}
        </p>
        <figure><citystat-fair-participation .data=${fairs} theme=${theme}></citystat-fair-participation></figure>

        <footer>
          ${t(
            lang,
            'Biểu đồ: citystat. Số liệu do Sở Công Thương Hà Nội công bố năm 2023; cơ cấu năm 2022 theo báo Hànộimới.',
            'Charts: citystat. Figures published by the Hanoi Department of Industry and Trade in 2023; the 2022 breakdown as reported by Hànộimới.',
          )}
        </footer>
      </article>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Article: Story = {};
export const ArticlePhone: Story = { name: 'Article (phone 360)', parameters: phone };
export const ArticleWide: Story = { name: 'Article (desktop 1200)', parameters: desktop };
export const ArticleDonut: Story = { name: 'Article with the FDI donut', args: { fdiVariant: 'donut' } };
