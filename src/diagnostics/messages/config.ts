// Messages of config/* (report.yaml).
import type { Messages } from './types.js';

export const configMessages: Messages = {};
