import type { PoaContent } from '@shared/api/poa-content-schemas';
import type { PoaCaseType, PoaLanguage, PoaStatus } from '@shared/domain/poa';
import type { Marketplace } from '@shared/domain/marketplaces';
import type { Platform } from '@shared/domain/stores';

/** What a demo case's text may refer to: its items and a few days after the notice. */
export interface DemoPoaFacts {
  items: readonly string[];
  /** The notice date plus 1, 2 and 3 days (YYYY-MM-DD). */
  days: readonly [string, string, string];
}

/** The content of a revision, without the evidence (the engine inserts the store's own numbers). */
export type DemoPoaText = Omit<PoaContent, 'evidence'>;

/**
 * One demo case: which store it goes to, when its notice came, what it says, and the statuses it
 * went through. `reopen` starts revision 2 with `revisionTwo`'s text.
 */
export interface DemoPoaScript {
  caseType: PoaCaseType;
  language: PoaLanguage;
  store: { platform: Platform; marketplace: Marketplace; nth: number };
  /** Days before the demo's last day the notice may fall in; with a metric, its worst day there is taken. */
  noticeWindow: readonly [latest: number, earliest: number];
  worst?: { metricKey: string; direction: 'max' | 'min' };
  itemKind: 'asin' | 'tiktok_product';
  itemCount: number;
  title: string | null;
  notice: (facts: DemoPoaFacts) => string;
  text: (facts: DemoPoaFacts) => DemoPoaText;
  insertEvidence: boolean;
  history: readonly (PoaStatus | 'reopen')[];
  revisionTwo?: (facts: DemoPoaFacts) => DemoPoaText;
}

const none = { additionalInformation: '' };

/** Demo cases in every status; one ODR case in en-US and one VTR case in ja-JP among them. */
export const DEMO_POA_SCRIPTS: readonly DemoPoaScript[] = [
  {
    caseType: 'odr',
    language: 'en-US',
    store: { platform: 'amazon', marketplace: 'US', nth: 0 },
    noticeWindow: [3, 20],
    worst: { metricKey: 'amazon.odr_mfn', direction: 'max' },
    itemKind: 'asin',
    itemCount: 2,
    title: 'ODR warning, seller-fulfilled orders',
    notice: ({ items }) =>
      `Your Order Defect Rate for seller-fulfilled orders does not meet our performance target of under 1%. Most of the defects concern ${items.join(' and ')}. Send us a plan of action that explains the root causes, the actions you have taken, and the steps you will take to prevent further defects.`,
    // A draft still being written: one action has no date and one measure no frequency yet.
    text: ({ items, days }) => ({
      rootCauses: [
        {
          id: 'rc-1',
          text: `Orders of ${items[0]} shipped with UPS SurePost in the last three weeks arrived 3 to 6 days after the promised delivery date. Buyers who did not receive their orders in time left negative feedback and filed A-to-z claims.`,
        },
        {
          id: 'rc-2',
          text: `The detail page of ${items[1]} did not state that the case fits only the 2025 model, so buyers received a case that did not fit their device.`,
        },
      ],
      correctiveActions: [
        { id: 'ca-1', rootCauseId: 'rc-1', date: days[0], text: 'Contacted every buyer with a late order and refunded or reshipped the 41 orders concerned.' },
        { id: 'ca-2', rootCauseId: 'rc-1', date: days[1], text: 'Moved all seller-fulfilled orders to UPS Ground with committed delivery dates.' },
        { id: 'ca-3', rootCauseId: 'rc-2', date: null, text: `Rewrote the title, bullet points and images of ${items[1]} to state the compatible model year.` },
      ],
      preventiveMeasures: [
        {
          id: 'pm-1',
          rootCauseId: 'rc-1',
          owner: 'Logistics lead',
          frequency: 'weekly',
          text: 'Late deliveries are reviewed per carrier and route every Monday; a route with more than 3% late deliveries is moved to another service.',
        },
        {
          id: 'pm-2',
          rootCauseId: 'rc-2',
          owner: 'Listing specialist',
          frequency: null,
          text: 'Every new or changed detail page is checked against the product specification sheet before it is published.',
        },
      ],
      ...none,
    }),
    insertEvidence: false,
    history: [],
  },
  {
    caseType: 'valid_tracking',
    language: 'ja-JP',
    store: { platform: 'amazon', marketplace: 'JP', nth: 0 },
    noticeWindow: [5, 25],
    worst: { metricKey: 'amazon.valid_tracking_rate', direction: 'min' },
    itemKind: 'asin',
    itemCount: 2,
    title: '有効な追跡率の改善計画',
    notice: ({ items }) =>
      `出品者出荷の注文における有効な追跡率が、Amazonの基準である95%を下回っています。この状態が続く場合、対象カテゴリーでの出品者出荷による出品が停止される可能性があります。対象となる主な商品：${items.join('、')}`,
    text: ({ items, days }) => ({
      rootCauses: [
        { id: 'rc-1', text: `${items[0]}と${items[1]}の注文の一部を、追跡番号のない定形外郵便で発送していたため、有効な追跡番号がありませんでした。` },
        { id: 'rc-2', text: '追跡番号を配送業者名「その他」で登録していたため、ヤマト運輸のスキャン情報と照合されませんでした。' },
      ],
      correctiveActions: [
        { id: 'ca-1', rootCauseId: 'rc-1', date: days[0], text: '定形外郵便の利用を停止し、すべての注文を追跡可能な宅急便コンパクトで発送しています。' },
        { id: 'ca-2', rootCauseId: 'rc-2', date: days[0], text: '対象の出荷128件の配送業者名を「ヤマト運輸」に修正しました。' },
      ],
      preventiveMeasures: [
        {
          id: 'pm-1',
          rootCauseId: 'rc-1',
          owner: '配送ソフトの設定',
          frequency: 'continuous',
          text: '配送ソフトでは追跡可能なサービスのみを選択できるようにし、追跡のないサービスは全配送ルールから削除しました。',
        },
        { id: 'pm-2', rootCauseId: 'rc-2', owner: '運用責任者', frequency: 'daily', text: '配送業者が「その他」で登録された出荷通知を毎日抽出し、当日中に修正します。' },
      ],
      ...none,
    }),
    insertEvidence: true,
    history: ['internal_review', 'submitted'],
  },
  {
    caseType: 'late_shipment',
    language: 'en-US',
    store: { platform: 'amazon', marketplace: 'US', nth: 1 },
    noticeWindow: [35, 70],
    worst: { metricKey: 'amazon.late_shipment_rate', direction: 'max' },
    itemKind: 'asin',
    itemCount: 1,
    title: null,
    notice: ({ items }) =>
      `Your late shipment rate is above our target of 4%. A high late shipment rate can lead to the deactivation of your selling privileges. Affected orders include ${items[0]}.`,
    text: ({ items, days }) => ({
      rootCauses: [
        {
          id: 'rc-1',
          text: `During a promotion, daily orders of ${items[0]} exceeded what our warehouse could pack, so orders were shipped after the expected ship date.`,
        },
        { id: 'rc-2', text: 'Shipment confirmations were entered by hand once a day, so packages that left on time were confirmed late in Seller Central.' },
      ],
      correctiveActions: [
        { id: 'ca-1', rootCauseId: 'rc-1', date: days[0], text: 'Shipped and confirmed all pending orders.' },
        { id: 'ca-2', rootCauseId: 'rc-1', date: days[1], text: 'Added two packers per shift and a second daily carrier pickup.' },
        { id: 'ca-3', rootCauseId: 'rc-2', date: days[1], text: 'Connected our order system to Seller Central so shipments are confirmed automatically with their tracking numbers.' },
      ],
      preventiveMeasures: [
        {
          id: 'pm-1',
          rootCauseId: 'rc-1',
          owner: 'Warehouse manager',
          frequency: 'weekly',
          text: 'Daily orders are forecast for the coming four weeks; when the forecast exceeds packing capacity, staff are added before the peak.',
        },
        {
          id: 'pm-2',
          rootCauseId: 'rc-2',
          owner: 'Order management system',
          frequency: 'continuous',
          text: 'Shipment confirmations are uploaded automatically within one hour of carrier pickup; a failed upload alerts the operations team.',
        },
      ],
      ...none,
    }),
    insertEvidence: true,
    history: ['internal_review', 'submitted', 'accepted'],
  },
  {
    caseType: 'ip_complaint',
    language: 'en-US',
    store: { platform: 'amazon', marketplace: 'US', nth: 2 },
    noticeWindow: [18, 18],
    itemKind: 'asin',
    itemCount: 1,
    title: 'Trademark complaint "Aerolite"',
    notice: ({ items }) =>
      `We received a report from a rights owner that the listing ${items[0]} may infringe their trademark "Aerolite". We have removed the listing. To reinstate it, send a plan of action.`,
    text: ({ items, days }) => ({
      rootCauses: [
        {
          id: 'rc-1',
          text: `The title and search terms of ${items[0]} used the brand name "Aerolite" to describe which models the case fits; we had no permission to use the name.`,
        },
      ],
      correctiveActions: [
        { id: 'ca-1', rootCauseId: 'rc-1', date: days[0], text: `Removed "Aerolite" from the title, bullet points and search terms of ${items[0]}.` },
      ],
      preventiveMeasures: [
        {
          id: 'pm-1',
          rootCauseId: 'rc-1',
          owner: 'Listing checklist',
          frequency: 'per_listing',
          text: 'Titles and search terms are checked against our list of protected brand names before every upload.',
        },
      ],
      ...none,
    }),
    insertEvidence: true,
    history: ['internal_review', 'submitted', 'more_info_requested'],
  },
  {
    caseType: 'authenticity',
    language: 'zh-CN',
    store: { platform: 'amazon', marketplace: 'US', nth: 3 },
    noticeWindow: [6, 6],
    itemKind: 'asin',
    itemCount: 1,
    title: '真实性投诉（内部草稿）',
    notice: ({ items }) =>
      `We received complaints that ${items[0]} sold by you was inauthentic. Provide invoices from your supplier covering the last 365 days and a plan of action.`,
    text: ({ items, days }) => ({
      rootCauses: [{ id: 'rc-1', text: `${items[0]} 的库存来自一家未经品牌授权的贸易公司，我们在采购前没有核实其授权。` }],
      correctiveActions: [
        { id: 'ca-1', rootCauseId: 'rc-1', date: days[0], text: '已下架从该贸易公司采购的全部库存（共 86 件）。' },
        { id: 'ca-2', rootCauseId: 'rc-1', date: days[1], text: '已从品牌授权经销商补货，并准备好过去 365 天的发票。' },
      ],
      preventiveMeasures: [
        { id: 'pm-1', rootCauseId: 'rc-1', owner: '采购主管', frequency: 'per_order', text: '只向品牌方或持有授权书的经销商采购；新供应商在首次下单前核实授权。' },
        { id: 'pm-2', rootCauseId: 'rc-1', owner: '财务', frequency: 'monthly', text: '品牌商品的发票保存至少 365 天，并与销量核对。' },
      ],
      ...none,
    }),
    insertEvidence: true,
    history: ['internal_review'],
  },
  {
    caseType: 'tiktok_violation',
    language: 'en-US',
    store: { platform: 'tiktok_shop', marketplace: 'US', nth: 0 },
    noticeWindow: [30, 30],
    itemKind: 'tiktok_product',
    itemCount: 1,
    title: 'Prohibited claim in product video',
    notice: ({ items }) =>
      `Your shop received a violation for unsupported claims in product content. Product ${items[0]}: the video and product page describe the lantern as "waterproof to 30 m". Submit an appeal within 7 days.`,
    text: ({ items, days }) => ({
      rootCauses: [
        {
          id: 'rc-1',
          text: `The product video and product page of ${items[0]} described the lantern as waterproof to 30 m; the lantern is rated IPX4 (splash resistant).`,
        },
      ],
      correctiveActions: [
        { id: 'ca-1', rootCauseId: 'rc-1', date: days[0], text: `Removed the video and corrected the product page of ${items[0]} to state IPX4 splash resistance.` },
      ],
      preventiveMeasures: [
        {
          id: 'pm-1',
          rootCauseId: 'rc-1',
          owner: 'Content lead',
          frequency: 'per_listing',
          text: "Videos and product pages are checked against the product's test report and TikTok Shop's list of prohibited claims before publishing.",
        },
      ],
      ...none,
    }),
    insertEvidence: true,
    history: ['internal_review', 'submitted', 'rejected'],
  },
  {
    caseType: 'cancellation',
    language: 'ja-JP',
    store: { platform: 'amazon', marketplace: 'JP', nth: 1 },
    noticeWindow: [45, 100],
    worst: { metricKey: 'amazon.pre_fulfillment_cancel_rate', direction: 'max' },
    itemKind: 'asin',
    itemCount: 1,
    title: null,
    notice: ({ items }) => `出荷前キャンセル率がAmazonの基準である2.5%を上回っています。対象商品：${items[0]}`,
    text: ({ items, days }) => ({
      rootCauses: [
        {
          id: 'rc-1',
          text: `在庫の同期が1日1回だったため、Amazon上の${items[0]}の在庫数と倉庫の在庫数が一致せず、在庫切れの商品の注文を受け付けていました。`,
        },
      ],
      correctiveActions: [{ id: 'ca-1', rootCauseId: 'rc-1', date: days[0], text: `対象の注文をキャンセル・返金し、${items[0]}の在庫数を修正しました。` }],
      preventiveMeasures: [
        {
          id: 'pm-1',
          rootCauseId: 'rc-1',
          owner: '在庫同期（ERP）',
          frequency: 'continuous',
          text: '在庫は15分ごとに同期し、システム間で5個を超える差異があれば在庫管理担当者に通知されます。',
        },
      ],
      ...none,
    }),
    insertEvidence: true,
    history: ['internal_review', 'submitted', 'more_info_requested', 'reopen', 'internal_review', 'submitted', 'accepted'],
    // Asked for more: the second revision adds a count check and says what changed since.
    revisionTwo: ({ items, days }) => ({
      rootCauses: [
        {
          id: 'rc-1',
          text: `在庫の同期が1日1回だったため、Amazon上の${items[0]}の在庫数と倉庫の在庫数が一致せず、在庫切れの商品の注文を受け付けていました。`,
        },
      ],
      correctiveActions: [
        { id: 'ca-1', rootCauseId: 'rc-1', date: days[0], text: `対象の注文をキャンセル・返金し、${items[0]}の在庫数を修正しました。` },
        { id: 'ca-2', rootCauseId: 'rc-1', date: days[1], text: '在庫の同期を15分ごとに変更しました。' },
      ],
      preventiveMeasures: [
        {
          id: 'pm-1',
          rootCauseId: 'rc-1',
          owner: '在庫同期（ERP）',
          frequency: 'continuous',
          text: '在庫は15分ごとに同期し、システム間で5個を超える差異があれば在庫管理担当者に通知されます。',
        },
        { id: 'pm-2', rootCauseId: 'rc-1', owner: '倉庫リーダー', frequency: 'weekly', text: '売れ筋上位50 SKUの実在庫を数え、システムの在庫数と照合します。' },
      ],
      additionalInformation: `${days[2]}に同期設定を変更して以降、在庫切れによるキャンセルは発生していません。`,
    }),
  },
];
