/**
 * Governance: the ICS's bodies, members, constitution rules, scheme of reservation and delegation,
 * meetings and tamper-evident decision log, executable so anyone can ask "who may decide this, today,
 * and why?". The entry point is {@link org.openics.governance.Governance}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Governance",
        allowedDependencies = {"kernel", "registry", "platform"})
package org.openics.governance;
