import type { SeededRandom } from './random.js';
import type { Sex } from './resident-id.js';

/** Surnames by weight, weighted toward those common in 青浦 villages. */
const SURNAMES_BY_WEIGHT: Record<number, string> = {
  9: '沈',
  8: '顾 陆 朱 王',
  7: '张 徐',
  6: '金 陈',
  5: '李',
  4: '钱 姚',
  3: '蒋 俞 孙 吴 周 杨',
  2: '黄 赵 刘 马 胡 何 高 夏 唐 许 曹 倪 盛 潘',
  1: '郭 林 杜 诸 邵 费 戴 蔡',
};
const SURNAME_WEIGHTS: Record<string, number> = Object.fromEntries(
  Object.entries(SURNAMES_BY_WEIGHT).flatMap(([weight, names]) => names.split(' ').map((name) => [name, Number(weight)])),
);

type Era = 'elder' | 'middle' | 'young';

/** Given names by sex and generation (born before 1965, 1965–1994, from 1995). */
const GIVEN_NAMES: Record<Sex, Record<Era, readonly string[]>> = {
  male: {
    elder:
      '建国 国强 金根 林根 福根 志明 德明 国平 永林 桂林 金海 根宝 荣华 伟民 兴华 国庆 建华 建平 卫东 秋生 福林 雪根 洪林 忠良 掌林 水根 龙宝 仁昌 正兴 关林'.split(
        ' ',
      ),
    middle: '伟 磊 强 杰 军 勇 斌 涛 俊 超 健 明 华 伟杰 志强 俊杰 晓东 海峰 文杰 卫忠 建军 春华 敏华 国伟 峰 骏 立新 红星 晓峰 佳明'.split(
      ' ',
    ),
    young: '子轩 浩宇 宇轩 俊熙 一鸣 浩然 天宇 子豪 宇航 博文 皓轩 俊杰 嘉豪 思远 睿 晨 昊 懿轩 佳俊 泽宇'.split(' '),
  },
  female: {
    elder:
      '秀英 桂英 玉兰 凤英 美华 雪英 金妹 林妹 秀珍 菊英 素珍 惠芳 根娣 小妹 彩娟 美芳 月娥 兰英 建英 秀芳 杏娣 凤珍 梅英 琴芳 引娣'.split(
        ' ',
      ),
    middle: '丽 静 敏 婷 燕 芳 娟 霞 琳 洁 丽华 海燕 晓燕 红梅 雪芳 春燕 佳丽 美琴 丽萍 敏华 卫红 玲 蓉 莉 慧'.split(' '),
    young: '欣怡 梓涵 一诺 梓萱 诗涵 子涵 雨桐 思雨 佳怡 诗琪 梦洁 雯雯 婷婷 心怡 语嫣 可馨 依琳 紫涵 芷若 若曦'.split(' '),
  },
};

function eraOf(birthYear: number): Era {
  if (birthYear < 1965) return 'elder';
  if (birthYear < 1995) return 'middle';
  return 'young';
}

export function drawSurname(rng: SeededRandom): string {
  return rng.weighted(SURNAME_WEIGHTS);
}

/** A name fitting the person's sex and generation; `surname` keeps a family's line. */
export function drawName(rng: SeededRandom, sex: Sex, birthYear: number, surname: string = drawSurname(rng)): string {
  return surname + rng.pick(GIVEN_NAMES[sex][eraOf(birthYear)]);
}
