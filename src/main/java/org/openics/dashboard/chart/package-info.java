/** Charts as accessible inline SVG (title, description, data table alongside): sparklines, interval bars, funnel and caterpillar plots. */
package org.openics.dashboard.chart;
