package com.zongji.engine.numbering;

/** Every block of the scheme is full: some employees cannot get an extension of the decided length. */
public class ExtensionsExhausted extends IllegalStateException {

    public ExtensionsExhausted(ExtensionScheme scheme, int employeesLeft) {
        super("分机号已用完：" + scheme.length() + " 位号段 " + scheme.blockOrder() + "（跳过尾号 " + scheme.skippedLastDigits()
                + "，共 " + scheme.capacity() + " 个）已全部占用，还有 " + employeesLeft + " 名员工没有分机号 / "
                + "Every " + scheme.length() + "-digit block " + scheme.blockOrder() + " (skipping last digits "
                + scheme.skippedLastDigits() + ", " + scheme.capacity() + " numbers) is full; "
                + employeesLeft + " employees are left without an extension");
    }
}
