/** The decision log's hash chain: a canonical form of each record, SHA-256 links and their verification. */
package org.openics.governance.log;
