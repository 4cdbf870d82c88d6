/** How the generated population goes out (pure): in person order whatever the number of threads, a few chunks in memory at once. */
package org.openics.synthetic.output;
