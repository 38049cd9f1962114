import type { CaseTemplates, CONDUCT_CASES } from './template-text';

/** レビュー・関連アカウント・TikTok Shop の違反・その他の通知への提案文（Storefleet のために作成）。 */
export const JA_JP_CONDUCT: CaseTemplates<(typeof CONDUCT_CASES)[number]> = {
  review_manipulation: [
    {
      key: 'incentivised_reviews',
      text: '[チャネル]で、[ASIN]のレビューと引き換えに[返金・割引・無料商品]を提供していました。',
      corrective: ['[日付]に[施策]を終了し、参加者へのレビューに関する連絡をすべて停止しました。'],
      preventive: [
        {
          text: 'レビューの依頼は「レビューをリクエストする」ボタンまたはAmazon Vineのみで行い、どのチャネルでも見返りを提供しません。',
          owner: 'アカウントマネージャー',
          frequency: 'continuous',
        },
      ],
    },
    {
      key: 'insert_cards',
      text: '[ASIN]の同梱カードで、プレゼントと引き換えに高評価のレビューを依頼していました。',
      corrective: ['[日付]に全在庫から同梱カードを取り除き、残りのカードを廃棄しました。'],
      preventive: [
        {
          text: '同梱物と購入者へのメッセージは、使用前にAmazonのコミュニケーションガイドラインと照合して承認します。',
          owner: 'コンプライアンス責任者',
          frequency: 'per_listing',
        },
      ],
    },
    {
      key: 'third_party_service',
      text: 'Amazonのポリシーに反する方法でレビューを依頼していた[サービス名]に業務を委託していました。',
      corrective: ['[日付]に[サービス名]との契約を解除しました。'],
      preventive: [
        {
          text: 'マーケティングの委託先とは、レビューの依頼・投稿・報酬の支払いを行わないことを契約で確認し、契約前に内容を確認します。',
          owner: 'コンプライアンス責任者',
          frequency: 'per_order',
        },
      ],
    },
  ],
  related_account: [
    {
      key: 'shared_details',
      text: '当アカウントは、[関係]のアカウント[アカウント]と[支払方法・住所・端末・ネットワーク]を共有していました。',
      corrective: ['[日付]に共有していた[情報]を当アカウントから削除しました。', '両事業者の関係を示す[書類]を添付します。'],
      preventive: [
        {
          text: '当アカウントは、他の出品者アカウントと共有しない専用の銀行口座・住所・端末・ネットワークを使用します。',
          owner: '運用責任者',
          frequency: 'continuous',
        },
      ],
    },
    {
      key: 'agency_logins',
      text: '運用代行会社の担当者が、別のクライアントのアカウントと同じパソコンとネットワークから当アカウントにログインしていました。',
      corrective: ['[日付]に共有ログインを廃止し、代行会社の担当者ごとにユーザー権限を付与しました。'],
      preventive: [
        {
          text: '代行会社の担当者は各アカウントに自身のユーザー権限でのみアクセスし、アカウントごとに別のブラウザプロファイルを使用します。',
          owner: '代行会社のアカウントマネージャー',
          frequency: 'continuous',
        },
      ],
    },
    {
      key: 'previous_account',
      text: '当アカウントは、[日付]に[理由]で停止された[所有者]のアカウント[アカウント]と関連付けられています。',
      corrective: ['関係と[アカウント]の問題の解決状況を示す[書類]を添付します。'],
      preventive: [{ text: '当アカウントのパフォーマンス通知とポリシー警告を確認し、24時間以内に対応します。', owner: 'アカウント所有者', frequency: 'weekly' }],
    },
  ],
  tiktok_violation: [
    {
      key: 'prohibited_content',
      text: '[商品]の商品動画と商品ページに、TikTok Shopのポリシーで禁止されている[表現・内容]が含まれていました。',
      corrective: ['[日付]に動画を削除し、商品ページを修正しました。'],
      preventive: [
        { text: '動画と商品ページは公開前に、TikTok Shopの禁止コンテンツ・禁止表現のリストと照合します。', owner: 'コンテンツ責任者', frequency: 'per_listing' },
      ],
    },
    {
      key: 'late_dispatch',
      text: '[日付]から[日付]まで、TikTok Shopの規定を超えて[日数]営業日後に発送した注文がありました。',
      corrective: ['[日付]までに未発送の注文をすべて発送しました。'],
      preventive: [{ text: '1営業日以内に発送していない注文を毎朝一覧にし、優先して梱包します。', owner: '倉庫リーダー', frequency: 'daily' }],
    },
    {
      key: 'affiliate_claims',
      text: 'アフィリエイトクリエイター[クリエイター名]が、当社が承認していない[商品]に関する表現をしていました：[表現]',
      corrective: ['[日付]にクリエイターへ動画の削除を依頼し、[日付]に削除されました。'],
      preventive: [
        {
          text: 'クリエイターには使用できる表現と禁止表現を記載した指示書を渡し、動画は宣伝前に確認します。',
          owner: 'アフィリエイト担当',
          frequency: 'per_listing',
        },
      ],
    },
  ],
  other: [
    {
      key: 'process_gap',
      text: '[問題が起きた業務、時期、原因]',
      corrective: ['[修正した内容と日付]'],
      preventive: [{ text: '[再発を防ぐ確認作業]', owner: '[担当者]', frequency: 'weekly' }],
    },
  ],
};
