package com.zongji.engine.numbering;

import java.util.Optional;

/**
 * What an extension an admin types in may look like: digits a caller can key in after the IVR greeting,
 * as long as the allocated ones may be, and never starting with 0 (the IVR's key for manual service).
 */
final class ExtensionFormat {

    private ExtensionFormat() {
    }

    /** The extension without surrounding blanks, or the reason it cannot be one. */
    static String checked(String extension) {
        problem(extension).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return extension.strip();
    }

    static Optional<String> problem(String extension) {
        if (extension == null || extension.isBlank()) {
            return Optional.of("分机号不能为空 / The extension cannot be blank");
        }
        String candidate = extension.strip();
        if (!candidate.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("分机号「" + candidate + "」只能包含数字 / Extension \"" + candidate + "\" must be digits only");
        }
        if (candidate.length() < ExtensionScheme.MIN_LENGTH || candidate.length() > ExtensionScheme.MAX_LENGTH) {
            return Optional.of("分机号「" + candidate + "」须为 " + ExtensionScheme.MIN_LENGTH + " 到 " + ExtensionScheme.MAX_LENGTH
                    + " 位数字 / Extension \"" + candidate + "\" must have " + ExtensionScheme.MIN_LENGTH + " to "
                    + ExtensionScheme.MAX_LENGTH + " digits");
        }
        if (candidate.charAt(0) == '0') {
            return Optional.of("分机号「" + candidate + "」不能以 0 开头（0 是人工服务键）/ Extension \"" + candidate
                    + "\" cannot start with 0, the IVR's key for manual service");
        }
        return Optional.empty();
    }
}
