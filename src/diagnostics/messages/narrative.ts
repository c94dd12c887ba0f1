// Messages of narrative/* (the prose and its checks).
import type { Messages } from './types.js';

export const narrativeMessages: Messages = {};
