/** The estate's arithmetic (pure): which return is in force, totals per place, travel distance from neighbourhoods to hubs. */
package org.openics.estates.sites;
