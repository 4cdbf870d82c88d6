/** Audit: the hash chain that makes the access log tamper-evident. */
package org.openics.record.audit;
