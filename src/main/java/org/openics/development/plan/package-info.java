/** Rules for edits to the conditions and the plan, and the Gantt layout of the plan (pure). */
package org.openics.development.plan;
