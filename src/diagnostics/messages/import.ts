// Messages of import/* (report import).
import type { Messages } from './types.js';

export const importMessages: Messages = {};
