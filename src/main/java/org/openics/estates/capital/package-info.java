/** What became of an estate plan's capital bid in finance's prioritisation rounds (pure). */
package org.openics.estates.capital;
