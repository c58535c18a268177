package com.zongji.engine.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContactNumberTest {

    @Test
    void aMobileWrittenAnyWayIsKeptAsItsElevenDigits() {
        assertThat(ContactNumber.written("+86 138-0710-0077").stored()).isEqualTo("13807100077");
        assertThat(ContactNumber.written("0086 13807100077").stored()).isEqualTo("13807100077");
        assertThat(ContactNumber.written("138 0710 0077").stored()).isEqualTo("13807100077");
    }

    @Test
    void aFixedLineKeepsItsTrunkPrefixAndAreaCode() {
        assertThat(ContactNumber.written("027-8765 4321").stored()).isEqualTo("02787654321");
        assertThat(ContactNumber.written("+86 (0)10 12345678").stored()).isEqualTo("01012345678");
    }

    @Test
    void aNumberAbroadIsKeptWithItsCountryCode() {
        assertThat(ContactNumber.written("+852 2123 4567").stored()).isEqualTo("85221234567");
    }

    @Test
    void lettersAreRefused() {
        assertThatThrownBy(() -> ContactNumber.written("138-abcd-0000")).hasMessageContaining("号码格式不正确");
    }

    @Test
    void aMobileMissingADigitIsRefused() {
        assertThatThrownBy(() -> ContactNumber.written("1380710007")).hasMessageContaining("手机号应为11位");
    }

    @Test
    void aFixedLineWithoutItsAreaCodeIsRefused() {
        assertThatThrownBy(() -> ContactNumber.written("87654321")).hasMessageContaining("不是有效的手机号或带区号的固定电话");
    }

    @Test
    void aBlankNumberIsRefused() {
        assertThatThrownBy(() -> ContactNumber.written(" ")).hasMessageContaining("请填写联系人号码");
    }
}
