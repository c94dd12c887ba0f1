/** Keys that name JavaScript's object machinery: no format has them, and code that copies objects could be led by them into a prototype. */
export const reservedKeyNames: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
