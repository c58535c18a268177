package com.zongji.engine.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExtensionSchemeTest {

    @Test
    void noBlockStartsWithZeroTheOperatorsKey() {
        assertThatThrownBy(() -> new ExtensionScheme(3, List.of(8, 9, 0), Set.of(4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 留给人工服务");
    }

    @Test
    void aBlockIsNamedOnlyOnce() {
        assertThatThrownBy(() -> new ExtensionScheme(3, List.of(8, 9, 8), Set.of(4)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void notEveryLastDigitCanBeSkipped() {
        assertThatThrownBy(() -> new ExtensionScheme(3, List.of(8), Set.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void extensionsFitTheExtensionColumn() {
        assertThatThrownBy(() -> new ExtensionScheme(11, List.of(8), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExtensionScheme(1, List.of(8), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void capacityCountsEveryBlockWithoutTheSkippedLastDigits() {
        assertThat(new ExtensionScheme(3, List.of(8, 9, 1, 2, 3, 4, 5, 6, 7), Set.of(4)).capacity()).isEqualTo(810);
        assertThat(new ExtensionScheme(5, List.of(8, 9, 1, 2, 3, 4, 5, 6, 7), Set.of(4)).capacity()).isEqualTo(81_000);
    }
}
