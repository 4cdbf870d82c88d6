/** What the dashboard pages show, independent of the web layer: filters in the address, number formats, data tables (also written as CSV). */
package org.openics.dashboard.view;
