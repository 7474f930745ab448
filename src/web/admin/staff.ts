import type { Actor } from '../../store/audit.js';
import type { User } from '../../store/schema.js';

/** The signed-in staff member of a request that passed the guard; what back-office pages show. */
export interface Staff {
  user: User;
  /** For writeAudit and changeCommentStatus: { userId, label: email }. */
  actor: Actor;
  /** Comments awaiting moderation, counted by the guard for staff who moderate (the menu shows it). */
  pendingComments?: number | undefined;
}
