/**
 * The shared kernel: values every module speaks in (NHS numbers, ODS, LSOA and place codes, pseudonyms, money in whole pence, who is asking and in what role),
 * validated in their constructors. Pure Java; any module may use it, it uses no module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Shared kernel",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.openics.kernel;
