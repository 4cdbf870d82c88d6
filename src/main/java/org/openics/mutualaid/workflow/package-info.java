/** The rules of the mutual aid workflow: each step allowed, or refused with a typed reason (pure). */
package org.openics.mutualaid.workflow;
