import type { PoaLanguage, PoaPhraseCategory } from '@shared/domain/poa';

export interface FlaggedPhrase {
  category: PoaPhraseCategory;
  pattern: RegExp;
}

/**
 * Wording that appeal reviewers reject, per document language (DOMAIN.md: no blame on buyers or
 * the platform, no emotion, no promises of perfection, no business introduction). Patterns are
 * narrow on purpose: a false alarm teaches users to ignore the checks. Ordinary politeness
 * ("よろしくお願いいたします", "please find attached") is not flagged.
 */
const phrases = (category: PoaPhraseCategory, patterns: RegExp[]): FlaggedPhrase[] =>
  patterns.map((pattern) => ({ category, pattern }));

const EN_US: FlaggedPhrase[] = [
  ...phrases('blame_buyer', [
    /\b(?:buyer|customer)(?:['’]s|s['’]|s)? (?:fault|mistake|error)\b/i,
    /\b(?:buyer|customer)s? (?:lied|was lying|were lying|is lying|are lying|abused|did not read|didn['’]t read|failed to read)\b/i,
    /\b(?:fraudulent|dishonest|unreasonable|malicious|abusive|difficult) (?:buyer|customer)s?\b/i,
    /\bfalse (?:claim|complaint|review|feedback)s?\b/i,
  ]),
  ...phrases('blame_platform', [
    /\b(?:amazon|tiktok)(?:['’]s)? (?:fault|mistake|error)\b/i,
    /\b(?:amazon|tiktok|your (?:system|team|algorithm)) (?:made a mistake|was wrong|is wrong|got it wrong)\b/i,
    /\bunfair(?:ly)?\b/i,
    /\b(?:unjust|unjustified|wrongful(?:ly)?)\b/i,
  ]),
  ...phrases('emotional_plea', [
    /\b(?:beg|begging|plead|pleading|implore)\b/i,
    /\bdesperate(?:ly)?\b/i,
    /\blivelihood\b/i,
    /\b(?:second|another|one more) chance\b/i,
    /\bplease (?:reinstate|restore|help|forgive|reconsider)\b/i,
    /\b(?:our|my) (?:family|families|children)\b/i,
    /\b(?:lose|losing) (?:our|their|my) jobs?\b/i,
    /\b(?:heartbroken|devastated|mercy)\b/i,
  ]),
  ...phrases('promise_of_perfection', [
    /\bnever (?:happen )?again\b/i,
    /\b(?:won['’]t|will not) (?:ever )?happen again\b/i,
    /(?<![\d.])100 ?%/,
    /\bzero (?:defects?|errors?|complaints?|mistakes?|late)\b/i,
    /\bguarantee[sd]?\b/i,
    /\b(?:perfect|perfectly|flawless(?:ly)?)\b/i,
    /\b(?:completely|totally|fully) eliminat\w*/i,
  ]),
  ...phrases('business_introduction', [
    /\b(?:we are|we['’]re) an? (?:leading|small|family[- ]owned|professional|reputable|trusted|well[- ]known|growing)\b/i,
    /\b(?:founded|established) in (?:19|20)\d\d\b/i,
    /\b(?:our company|our brand|our business) (?:was founded|was established|has been|is a|is known)\b/i,
    /\b\d+\+? years of experience\b/i,
    /\bour mission\b/i,
    /\bwe have been selling\b/i,
    /\bwe are proud\b/i,
    /\b(?:thousands|millions) of (?:happy |satisfied |loyal )?customers\b/i,
  ]),
];

const JA_JP: FlaggedPhrase[] = [
  ...phrases('blame_buyer', [
    /(?:購入者|お客様|お客さま|顧客)(?:様)?(?:の|側の)(?:責任|過失|誤解|勘違い|ミス|不注意)/u,
    /(?:悪質|理不尽|不当)な(?:購入者|お客様|顧客|クレーム|評価|レビュー)/u,
    /虚偽の(?:申請|クレーム|評価|レビュー|申し立て)/u,
  ]),
  ...phrases('blame_platform', [
    /(?:Amazon|アマゾン|TikTok|貴社)(?:側)?の(?:責任|ミス|誤り|過失|誤判断)/iu,
    /不当(?:な|に)/u,
    /不公平|不公正/u,
    /納得(?:でき|いき|が(?:いき|でき))ません/u,
  ]),
  ...phrases('emotional_plea', [
    /どうか/u,
    /(?:ご慈悲|ご温情|寛大なご(?:判断|措置|処置))/u,
    /何卒(?:ご容赦|お許し)/u,
    /死活問題|生活がかかって|路頭に迷/u,
    /切実|必死/u,
    /(?:家族|社員|従業員)の生活/u,
  ]),
  ...phrases('promise_of_perfection', [
    /二度と/u,
    /絶対(?:に)?/u,
    /(?<![\d０-９.．])(?:100|１００) ?[%％]/u,
    /完璧|完全に(?:防|なく|排除|ゼロ)/u,
    /一切(?:発生|起こ|起き)/u,
    /(?:ゼロ|0件|０件)に(?:します|いたします|する)/u,
    /必ず(?:防|なく)/u,
    /保証(?:します|いたします)/u,
  ]),
  ...phrases('business_introduction', [
    /(?:弊社|当社|私たち)は[^。]{0,40}(?:年に|年より)(?:設立|創業)/u,
    /創業(?:以来|[0-9０-９])/u,
    /設立以来/u,
    /[0-9０-９]+年(?:以上)?の(?:実績|経験)/u,
    /業界(?:をリード|トップ|随一|屈指)/u,
    /(?:多くの|数多くの)お客様(?:から|に)(?:ご愛顧|支持|信頼)/u,
  ]),
];

const ZH_CN: FlaggedPhrase[] = [
  ...phrases('blame_buyer', [
    /(?:买家|顾客|消费者)(?:的)?(?:责任|过错|错误|误解)/u,
    /恶意(?:买家|差评|投诉|退货|索赔)/u,
    /(?:买家|顾客)(?:故意|撒谎|说谎|无理)/u,
    /虚假(?:投诉|差评|索赔|评价)/u,
  ]),
  ...phrases('blame_platform', [
    /(?:亚马逊|Amazon|平台|TikTok)(?:方面)?(?:的)?(?:错误|过错|责任|误判|失误)/iu,
    /不公平|不公正/u,
    /误封|冤枉/u,
  ]),
  ...phrases('emotional_plea', [
    /求求|恳求|哀求|乞求|跪求|恳请/u,
    /(?:再|多)给(?:我们)?一次机会/u,
    /生计|全家|员工的生活|走投无路|生死存亡/u,
    /高抬贵手/u,
  ]),
  ...phrases('promise_of_perfection', [
    /再也不会|绝不会|决不会|永远不会|不会再次?发生/u,
    /(?<![\d.])100 ?[%％]|百分之百/u,
    /零(?:缺陷|差错|失误|投诉)/u,
    /完美/u,
    /(?:保证|确保)(?:不再|绝不|永不)/u,
    /杜绝/u,
  ]),
  ...phrases('business_introduction', [
    /(?:我们|我司|本公司)(?:是一家|成立于|创立于)/u,
    /成立于 ?(?:19|20)\d\d/u,
    /\d+ ?年(?:以上)?(?:的)?(?:行业)?经验/u,
    /(?:行业)?领先(?:的)?(?:企业|品牌|卖家)/u,
    /品牌故事/u,
  ]),
];

export const FLAGGED_PHRASES: Record<PoaLanguage, readonly FlaggedPhrase[]> = {
  'en-US': EN_US,
  'ja-JP': JA_JP,
  'zh-CN': ZH_CN,
};

/** Template text marks what the user must fill in with square brackets: "[carrier]", "［配送業者］". */
export const PLACEHOLDER_PATTERN = /\[[^[\]\n]{1,60}\]|［[^［］\n]{1,60}］/u;
