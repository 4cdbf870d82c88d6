/** Access: who may see a person's record, decided with a reason for the audit log. */
package org.openics.record.access;
