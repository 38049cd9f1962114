import type { CaseTemplates, POLICY_CASES } from './template-text';

/** 知的財産・真正性・コンディション・出品・安全性に関する通知への提案文（Storefleet のために作成）。 */
export const JA_JP_POLICY: CaseTemplates<(typeof POLICY_CASES)[number]> = {
  ip_complaint: [
    {
      key: 'unauthorised_brand',
      text: '販売の許可を確認しないまま、ブランド[ブランド名]の[ASIN]を出品していました。',
      corrective: [
        '[日付]に[ASIN]の出品を停止し、残りの在庫を販売対象から外しました。',
        '[日付]に権利者[権利者名]へ連絡し、申し立ての取り下げを依頼しました。取り下げの通知を添付します。',
      ],
      preventive: [
        {
          text: 'ブランド品は、ブランドの許諾書、またはブランドか正規代理店の請求書を保管してから出品します。',
          owner: 'コンプライアンス責任者',
          frequency: 'per_listing',
        },
        { text: '新しいブランドは、最初の発注前に販売国の商標登録を確認します。', owner: '仕入責任者', frequency: 'per_order' },
      ],
    },
    {
      key: 'copied_content',
      text: '[ASIN]の商品ページの画像と文章は、権利者の許可なく[出典]から転用したものでした。',
      corrective: ['[日付]に[ASIN]の画像と文章を、すべて自社で撮影・作成したものに差し替えました。'],
      preventive: [
        {
          text: '商品ページの素材はすべて自社制作、または書面で使用許諾を得たものとし、許諾書を出品記録と共に保管します。',
          owner: '出品担当者',
          frequency: 'per_listing',
        },
      ],
    },
    {
      key: 'protected_term',
      text: '[ASIN]の商品名と検索キーワードに、対応機種の説明として登録商標[用語]を使用していました。',
      corrective: ['[日付]に[ASIN]の商品名、箇条書き、検索キーワードから[用語]を削除しました。'],
      preventive: [{ text: 'アップロード前に、商品名と検索キーワードを保護対象ブランド名のリストと照合します。', owner: '出品チェックリスト', frequency: 'per_listing' }],
    },
  ],
  authenticity: [
    {
      key: 'unverified_supplier',
      text: '[ASIN]の在庫は、[ブランド名]の正規代理店であることを確認していない仕入先[仕入先名]から購入したものでした。',
      corrective: [
        '[日付]に[仕入先名]から仕入れた在庫をすべて販売対象から外しました。',
        '過去365日間の販売数量に対応する、[ブランド名]の正規代理店[代理店名]の請求書を添付します。',
      ],
      preventive: [
        {
          text: '商品はブランドまたは許諾書を保管している正規代理店からのみ仕入れ、新しい仕入先は初回発注前に許諾を確認します。',
          owner: '仕入責任者',
          frequency: 'per_order',
        },
        { text: 'ブランド品の請求書を365日以上保管し、販売数量と照合します。', owner: '経理担当', frequency: 'monthly' },
      ],
    },
    {
      key: 'wrong_listing_match',
      text: '当社の商品を別バージョンの商品ページ[ASIN]に出品していたため、購入者はページと異なる商品を受け取りました。',
      corrective: ['[日付]に[ASIN]への出品を停止し、当社の商品に合った商品ページを作成しました。'],
      preventive: [
        {
          text: '新しい出品はUPC/EANで照合し、有効化する前に商品ページのブランド・画像・バージョンを確認します。',
          owner: '出品担当者',
          frequency: 'per_listing',
        },
      ],
    },
    {
      key: 'damaged_packaging_resold',
      text: '開封済みまたはパッケージが破損した返品を新品在庫に戻しており、購入者が偽造品と受け止めました。',
      corrective: ['[日付]に[ASIN]の全在庫を検品し、開封済み・破損のある[数量]点を販売対象から外しました。'],
      preventive: [{ text: '返品は検品し、開封済み・パッケージ破損のある商品は新品として販売しません。', owner: '返品検品担当', frequency: 'per_order' }],
    },
  ],
  condition: [
    {
      key: 'returns_restocked',
      text: '返品を目視確認のみで新品在庫に戻していました。',
      corrective: ['[日付]に[ASIN]の全在庫を確認し、[数量]点を中古品または廃棄に振り替えました。'],
      preventive: [
        { text: '返品は別の保管場所に置き、チェックリストに基づいてグレードを判定してから在庫に戻します。', owner: '返品検品担当', frequency: 'per_order' },
      ],
    },
    {
      key: 'packing_damage',
      text: '[SKU]の梱包の保護が不十分で、商品が破損した状態で届きました。',
      corrective: ['[日付]に[SKU]の梱包を[梱包資材]に変更しました。'],
      preventive: [{ text: '新商品と梱包の変更はすべて、出荷前に落下試験を行います。', owner: '倉庫責任者', frequency: 'per_listing' }],
    },
    {
      key: 'condition_notes',
      text: '中古品のコンディション説明に、傷や使用感が記載されていませんでした。',
      corrective: ['[日付]にすべての中古品出品のコンディション説明を書き直しました。'],
      preventive: [
        { text: '中古品は1点ずつ撮影し、グレード判定のチェックリストに基づいてコンディション説明を記載します。', owner: '出品担当者', frequency: 'per_listing' },
      ],
    },
  ],
  listing_policy: [
    {
      key: 'prohibited_claims',
      text: '[ASIN]の商品ページに、Amazonの出品ポリシーで認められていない[表現の種類]の表現が含まれていました。',
      corrective: ['[日付]に[ASIN]の商品名、箇条書き、商品説明、画像から該当する表現を削除しました。'],
      preventive: [
        { text: '商品ページは公開前に、禁止表現・禁止ワードのリストと照合します。', owner: '出品チェックリスト', frequency: 'per_listing' },
        { text: 'セラーセントラルの出品ポリシーの更新を確認し、チェックリストを更新します。', owner: 'コンプライアンス責任者', frequency: 'monthly' },
      ],
    },
    {
      key: 'wrong_category',
      text: '[ASIN]を商品に合わない[カテゴリー]に登録していました。',
      corrective: ['[日付]に[ASIN]を[カテゴリー]に変更しました。'],
      preventive: [{ text: '新規出品のカテゴリーと商品タイプは、別の担当者が承認します。', owner: 'アカウントマネージャー', frequency: 'per_listing' }],
    },
    {
      key: 'variation_misuse',
      text: '互いにバリエーションではない商品を、親ASIN[ASIN]の下にまとめていました。',
      corrective: ['[日付]にバリエーション[ASIN]を分割し、子商品がサイズまたは色のみで異なるようにしました。'],
      preventive: [{ text: '新しいバリエーションは、アップロード前にAmazonのバリエーション規約と照合します。', owner: '出品担当者', frequency: 'per_listing' }],
    },
  ],
  restricted_product: [
    {
      key: 'restriction_not_checked',
      text: '[ASIN]が[カテゴリーまたは成分]に関するAmazonの制限対象商品ポリシーに該当するか確認せずに出品していました。',
      corrective: ['[日付]に[ASIN]を販売対象から外しました。'],
      preventive: [
        { text: '新商品とその成分表は、出品前にAmazonの制限対象商品のページと照合します。', owner: 'コンプライアンス責任者', frequency: 'per_listing' },
      ],
    },
    {
      key: 'approval_missing',
      text: '[ASIN]には[承認または書類]が必要でしたが、提出していませんでした。',
      corrective: ['[日付]に[ASIN]の[書類]を提出しました。書類を添付します。'],
      preventive: [
        { text: '承認が必要な商品は承認後にのみ出品し、承認とその有効期限を管理します。', owner: 'コンプライアンス責任者', frequency: 'monthly' },
      ],
    },
    {
      key: 'formula_changed',
      text: '仕入先が[商品]の成分を変更して[成分]を含むようにしましたが、新しい表示を確認していませんでした。',
      corrective: ['[日付]に新しい成分の在庫を販売対象から外し、仕入先から全成分表を取り寄せました。'],
      preventive: [
        { text: '仕入先には成分・表示の変更を書面で通知してもらい、新しい在庫を販売する前に確認します。', owner: '仕入責任者', frequency: 'per_shipment' },
      ],
    },
  ],
  product_safety: [
    {
      key: 'missing_test_report',
      text: '[ASIN]を、この商品タイプに必要な[規格]の試験報告書がないまま販売していました。',
      corrective: ['[日付]に[ASIN]を販売対象から外し、[試験機関]で[規格]の試験を受けました。報告書を添付します。'],
      preventive: [{ text: '必要な試験報告書と認証書がそろうまで、商品を出品しません。', owner: 'コンプライアンス責任者', frequency: 'per_listing' }],
    },
    {
      key: 'defect_reported',
      text: '製造ロット[ロット番号]の[ASIN]について、購入者から[不具合]の報告がありました。',
      corrective: [
        '[日付]に販売を停止し、ロット[ロット番号]の残りの在庫を隔離しました。',
        '[日付]にロット[ロット番号]の全購入者へ連絡し、返金を申し出ました。',
        '製造元と原因を特定しました：[原因]',
      ],
      preventive: [
        {
          text: '安全性に関する苦情は当日中にエスカレーションし、原因が判明するまで該当商品の販売を停止します。',
          owner: 'カスタマーサポート責任者',
          frequency: 'continuous',
        },
        { text: '入荷ロットごとにサンプルを仕様書と照合して検品し、合格後に販売を開始します。', owner: '品質検査担当', frequency: 'per_shipment' },
      ],
    },
    {
      key: 'missing_warnings',
      text: '[ASIN]の商品ページとパッケージに、[危険]について必要な警告表示がありませんでした。',
      corrective: ['[日付]に商品ページへ警告表示を追加し、在庫のラベルを貼り替えました。'],
      preventive: [
        { text: '商品タイプごとに必要な警告表示を出品チェックリストに含め、アップロード前に確認します。', owner: '出品チェックリスト', frequency: 'per_listing' },
      ],
    },
  ],
};
