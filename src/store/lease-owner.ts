import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/**
 * A new name for a lease holder (jobs.lease_owner, host_leases.lease_owner): the host and
 * process, for whoever reads the rows, and a random tag, so two holders in one process differ.
 */
export function newLeaseOwner(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
}
