// Messages of schema/* (src/schema/).
import type { Messages } from './types.js';

export const schemaMessages: Messages = {};
