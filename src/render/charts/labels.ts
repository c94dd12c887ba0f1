// Chart labels are the format description's printed labels, shortened the same way
// everywhere: the part ordinal (一、) and a trailing explanation in brackets dropped.
import type { HeaderNode } from '../../formats/types.js';

/** 一、本年新收政府信息公开申请数量 → 本年新收政府信息公开申请数量. */
export const withoutOrdinal = (label: string): string => label.replace(/^[一二三四五六七八九十]+、/, '');

/** （二）部分公开（区分处理的，只计这一情形，不计其他情形） → （二）部分公开. */
export const withoutExplanation = (label: string): string => label.replace(/^(.+?)（[^（）]*）$/, '$1');

/** The node with `key` among `nodes` (not searching deeper); a missing key is a bug in a format description. */
export function child(nodes: readonly HeaderNode[] | undefined, key: string): HeaderNode {
  const found = nodes?.find((n) => n.key === key);
  if (!found) throw new Error(`the format description has no node \`${key}\` where a chart expects it`);
  return found;
}
