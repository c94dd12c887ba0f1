// Messages of load/* (src/load/, src/read/).
import type { Messages } from './types.js';

export const loadMessages: Messages = {};
