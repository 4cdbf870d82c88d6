/** The demo ICS's conditions for success and development plan: invented, in the shape of a real system development plan (pure). */
package org.openics.development.demo;
