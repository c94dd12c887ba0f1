// Messages of submission/*, roster/*, group/*, previous/*, continuity/* (the project rules).
import type { Messages } from './types.js';

export const projectMessages: Messages = {};
