/** The rules of mutual aid's CSV imports: each row becomes a value or a rejection naming its line and field. */
package org.openics.mutualaid.imports;
