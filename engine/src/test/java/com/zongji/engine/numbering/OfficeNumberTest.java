package com.zongji.engine.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OfficeNumberTest {

    @Test
    void aFreeNumberCanBeAssignedOnce() {
        OfficeNumber number = new OfficeNumber("02787654300", "湖北", "武汉");
        number.assignTo(1L);
        assertThat(number.getStatus()).isEqualTo(NumberStatus.ASSIGNED);
        assertThat(number.getEnterpriseId()).isEqualTo(1L);
        assertThatThrownBy(() -> number.assignTo(2L)).isInstanceOf(IllegalStateException.class);
        assertThat(number.getEnterpriseId()).isEqualTo(1L);
    }
}
