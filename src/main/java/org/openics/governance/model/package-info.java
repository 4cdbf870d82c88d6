/** The governance of one ICS held together for reading: bodies, people, seats, interests, rules and the scheme. */
package org.openics.governance.model;
