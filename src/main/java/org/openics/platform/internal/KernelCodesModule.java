package org.openics.platform.internal;

import com.fasterxml.jackson.databind.module.SimpleModule;
import org.openics.kernel.LsoaCode;
import org.openics.kernel.OdsCode;
import org.openics.kernel.PlaceCode;
import org.openics.kernel.Pseudonym;

/** The kernel's codes as strings, for any Jackson mapper (see {@link KernelJson}). */
public final class KernelCodesModule extends SimpleModule {

    public KernelCodesModule() {
        super("openics-kernel-codes");
        KernelJson.code(this, OdsCode.class, OdsCode::value, OdsCode::of);
        KernelJson.code(this, PlaceCode.class, PlaceCode::value, PlaceCode::of);
        KernelJson.code(this, LsoaCode.class, LsoaCode::value, LsoaCode::of);
        KernelJson.code(this, Pseudonym.class, Pseudonym::value, Pseudonym::of);
    }
}
