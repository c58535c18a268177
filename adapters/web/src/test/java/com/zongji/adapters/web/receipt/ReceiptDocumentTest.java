package com.zongji.adapters.web.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.zongji.engine.billing.Money;
import com.zongji.engine.receipt.Receipt;
import java.io.IOException;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReceiptDocumentTest {

    private final Receipt receipt = mock(Receipt.class);

    ReceiptDocumentTest() {
        when(receipt.getReceiptNumber()).thenReturn("ZJ-2026-000042");
        when(receipt.getOrderNumber()).thenReturn("RC0123456789abcdef");
        when(receipt.amount()).thenReturn(Money.ofThousandths(1_000_000));
        when(receipt.bonus()).thenReturn(Money.ofThousandths(100_000));
        when(receipt.getPaidAt()).thenReturn(Instant.parse("2026-12-31T16:30:05Z"));
        when(receipt.getPaymentReference()).thenReturn("2026123122001");
    }

    @Test
    void theReceiptReadsInChineseFirstWithItsNumbersAndYuan() throws IOException {
        String text = textOf(ReceiptDocument.of(receipt, "武汉总机演示科技有限公司"));

        assertThat(text).contains("收据", "RECEIPT", "武汉总机演示科技有限公司", "收据编号", "Receipt No.", "ZJ-2026-000042",
                "订单号", "RC0123456789abcdef", "充值金额", "¥1000.000", "赠送金额", "¥100.000", "支付流水号",
                "2026123122001");
    }

    @Test
    void thePaymentTimeIsBeijingTime() throws IOException {
        String text = textOf(ReceiptDocument.of(receipt, "武汉总机演示科技有限公司"));

        assertThat(text).contains("2027-01-01 00:30:05 (北京时间 UTC+8)");
    }

    @Test
    void theChineseFontIsNamedNotEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(ReceiptDocument.of(receipt, "武汉总机演示科技有限公司"))) {
            PDFont chinese = pdf.getPage(0).getResources().getFont(COSName.getPDFName(ReceiptCanvas.CHINESE));
            assertThat(chinese.getName()).isEqualTo("STSong-Light-UniGB-UTF16-H");
            assertThat(chinese.isEmbedded()).isFalse();
        }
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
