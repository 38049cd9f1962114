import type { Currency } from '@shared/domain/currencies';
import type { Language } from '@shared/domain/languages';

/** Invented agency clients; any likeness to a real brand is accidental. */
export const DEMO_CLIENTS: { name: string; language: Language; currency: Currency; contact: string }[] = [
  { name: 'Lumora Home 光墨家居', language: 'zh-CN', currency: 'CNY', contact: '周晓琳' },
  { name: 'Kitsune Outdoor', language: 'ja-JP', currency: 'JPY', contact: '佐藤 健' },
  { name: 'Northpeak Gear', language: 'en-US', currency: 'USD', contact: 'Megan Ross' },
  { name: 'Yunshan Tea 云山茶业', language: 'zh-CN', currency: 'CNY', contact: '林海' },
  { name: 'Pawsome Pets 萌宠派', language: 'zh-CN', currency: 'USD', contact: '郭婷' },
  { name: 'Sakura Beauty Lab', language: 'ja-JP', currency: 'JPY', contact: '高橋 美咲' },
  { name: 'BrightNest Electronics 明巢电子', language: 'zh-CN', currency: 'CNY', contact: '何俊' },
  { name: 'Coastal Threads', language: 'en-US', currency: 'USD', contact: 'Daniel Park' },
  { name: 'Hanami Kitchen', language: 'ja-JP', currency: 'JPY', contact: '中村 葵' },
  { name: 'Jade Fitness 玉动健身', language: 'zh-CN', currency: 'CNY', contact: '赵磊' },
];

export const DEMO_ACCOUNT_MANAGERS = ['李娜 Li Na', '王浩 Wang Hao', '陈静 Chen Jing', '张伟 Zhang Wei'];

export const DEMO_CATEGORIES = ['Home & Kitchen', 'Pet Supplies', 'Electronics', 'Beauty', 'Sports & Outdoors', 'Clothing'];
